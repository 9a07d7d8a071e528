package dev.sharewell.teams;

import dev.sharewell.chat.Action;
import dev.sharewell.chat.ActionIds;
import dev.sharewell.chat.Block;
import dev.sharewell.chat.Form;
import dev.sharewell.chat.OutboundMessage;
import dev.sharewell.conversation.Conversation;
import dev.sharewell.conversation.Origin;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The report forms to show inside a message, one per "I shared it" button, as the core builds them
 * for the person who gets the message. Bound to the conversation once the core exists; until then
 * (and for channels) the button opens the form as a card of its own instead.
 */
final class InlineForms {
  private final AtomicReference<Conversation> conversation = new AtomicReference<>();

  void bind(Conversation conversation) {
    this.conversation.set(conversation);
  }

  /** Report forms by content id, for {@code origin}'s "I shared it" buttons in {@code message}. */
  Map<String, Form> forMessage(Origin origin, OutboundMessage message) {
    Conversation core = conversation.get();
    Map<String, Form> forms = new HashMap<>();
    if (core == null || !origin.privateReply()) {
      return forms;
    }
    for (Action action : actionsOf(message)) {
      if (action instanceof Action.Button button
          && button.actionId().equals(ActionIds.SHARED)
          && !button.value().isBlank()
          && !forms.containsKey(button.value())) {
        core.form(origin, ActionIds.REPORT_SHARE_FORM, Optional.of(button.value()))
            .ifPresent(form -> forms.put(button.value(), form));
      }
    }
    return forms;
  }

  private static List<Action> actionsOf(OutboundMessage message) {
    List<Action> actions = new ArrayList<>();
    for (Block block : message.blocks()) {
      if (block instanceof Block.Item item) {
        actions.addAll(item.actions());
      } else if (block instanceof Block.Actions row) {
        actions.addAll(row.actions());
      }
    }
    return actions;
  }
}
