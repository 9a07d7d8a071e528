package dev.sharewell.delivery;

import dev.sharewell.chat.Action;
import dev.sharewell.chat.ActionIds;
import dev.sharewell.chat.OutboundMessage;
import dev.sharewell.common.Language;
import dev.sharewell.common.Texts;
import java.util.List;

/**
 * The invitation the outbox sends for a named colleague: what the programme is for and what it
 * asks, with Join and No thanks. Nobody is opted in without pressing Join.
 */
public final class InvitationMessage {
  private InvitationMessage() {}

  public static OutboundMessage render(String inviterName, Language language) {
    return OutboundMessage.builder(Texts.get(language, "invite.summary", inviterName))
        .heading(Texts.get(language, "invite.heading"))
        .paragraph(Texts.get(language, "invite.body", inviterName))
        .paragraph(Texts.get(language, "programme.what"))
        .actions(joinButtons(language))
        .note(Texts.get(language, "programme.voluntary"))
        .build();
  }

  /** Join and No thanks, also under the hello a person gets when the app is installed for them. */
  public static List<Action> joinButtons(Language language) {
    return List.of(
        new Action.Button(
            ActionIds.JOIN, Texts.get(language, "button.join"), "", Action.Style.PRIMARY),
        new Action.Button(
            ActionIds.DECLINE, Texts.get(language, "button.decline"), "", Action.Style.DEFAULT));
  }
}
