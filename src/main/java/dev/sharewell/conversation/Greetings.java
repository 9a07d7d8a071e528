package dev.sharewell.conversation;

import dev.sharewell.chat.Action;
import dev.sharewell.chat.ActionIds;
import dev.sharewell.chat.OutboundMessage;
import dev.sharewell.common.Language;
import dev.sharewell.common.Texts;
import dev.sharewell.delivery.InvitationMessage;
import java.util.List;

/**
 * What Sharewell says around joining: the first hello when the app is installed for a person (the
 * invitation is the outbox's, {@link InvitationMessage}) and the welcome after Join.
 */
public final class Greetings {
  private Greetings() {}

  /** The hello when the app is installed for a person (Teams), with Join and No thanks. */
  public static OutboundMessage hello(Language language) {
    return OutboundMessage.builder(Texts.get(language, "hello.summary"))
        .heading(Texts.get(language, "hello.heading"))
        .paragraph(Texts.get(language, "programme.what"))
        .actions(InvitationMessage.joinButtons(language))
        .note(Texts.get(language, "programme.voluntary"))
        .build();
  }

  /** The welcome after joining: what the programme is for and what is asked. */
  static OutboundMessage welcome(Language language) {
    return OutboundMessage.builder(Texts.get(language, "welcome.summary"))
        .heading(Texts.get(language, "welcome.heading"))
        .paragraph(Texts.get(language, "programme.what"))
        .paragraph(Texts.get(language, "welcome.asked"))
        .actions(
            List.of(
                new Action.Button(
                    ActionIds.OPEN_SETTINGS,
                    Texts.get(language, "button.settings"),
                    "",
                    Action.Style.PRIMARY)))
        .note(Texts.get(language, "welcome.leave"))
        .build();
  }
}
