package dev.sharewell.conversation;

import dev.sharewell.chat.Action;
import dev.sharewell.chat.ActionIds;
import dev.sharewell.chat.OutboundMessage;
import dev.sharewell.common.Language;
import dev.sharewell.common.Texts;
import java.util.List;

/**
 * What Sharewell says to someone who has not joined: an invitation or a first hello. Both explain
 * what the programme is for and what it asks, and nobody is opted in without pressing Join.
 */
public final class Greetings {
  private Greetings() {}

  /** An invitation from a named colleague, with Join and No thanks. */
  public static OutboundMessage invitation(String inviterName, Language language) {
    return OutboundMessage.builder(Texts.get(language, "invite.summary", inviterName))
        .heading(Texts.get(language, "invite.heading"))
        .paragraph(Texts.get(language, "invite.body", inviterName))
        .paragraph(Texts.get(language, "programme.what"))
        .actions(joinButtons(language))
        .note(Texts.get(language, "programme.voluntary"))
        .build();
  }

  /** The hello when the app is installed for a person (Teams), with Join and No thanks. */
  public static OutboundMessage hello(Language language) {
    return OutboundMessage.builder(Texts.get(language, "hello.summary"))
        .heading(Texts.get(language, "hello.heading"))
        .paragraph(Texts.get(language, "programme.what"))
        .actions(joinButtons(language))
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

  private static List<Action> joinButtons(Language language) {
    return List.of(
        new Action.Button(
            ActionIds.JOIN, Texts.get(language, "button.join"), "", Action.Style.PRIMARY),
        new Action.Button(
            ActionIds.DECLINE, Texts.get(language, "button.decline"), "", Action.Style.DEFAULT));
  }
}
