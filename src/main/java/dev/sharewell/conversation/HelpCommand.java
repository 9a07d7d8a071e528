package dev.sharewell.conversation;

import dev.sharewell.chat.OutboundMessage;
import java.util.ArrayList;
import java.util.List;

/** Lists the commands this person may use, one line each. */
final class HelpCommand {
  private HelpCommand() {}

  static Reply help(Actor actor, String unknownWord) {
    List<String> lines = new ArrayList<>();
    for (Verb verb : Verb.values()) {
      if (verb.access().allows(actor.member())) {
        lines.add(actor.text(verb.helpKey()));
      }
    }
    OutboundMessage.Builder message = OutboundMessage.builder(actor.text("help.summary"));
    if (unknownWord != null) {
      message.paragraph(actor.text("help.unknown", unknownWord));
    }
    message.heading(actor.text("help.heading")).paragraph(String.join("\n", lines));
    if (!actor.member().isOptedIn()) {
      message.note(actor.text("help.not_joined"));
    }
    return actor.show(message.build());
  }
}
