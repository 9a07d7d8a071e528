package dev.sharewell.delivery;

import dev.sharewell.chat.Action;
import dev.sharewell.chat.ActionIds;
import dev.sharewell.chat.OutboundMessage;
import dev.sharewell.common.Language;
import dev.sharewell.common.Texts;
import java.util.List;

/** The one message to someone who ignored three digests in a row: stay, pause or leave. */
public final class CheckInMessage {
  private CheckInMessage() {}

  public static OutboundMessage render(Language language) {
    return OutboundMessage.builder(Texts.get(language, "checkin.summary"))
        .heading(Texts.get(language, "checkin.heading"))
        .paragraph(Texts.get(language, "checkin.body"))
        .actions(
            List.of(
                new Action.Button(
                    ActionIds.STAY_IN,
                    Texts.get(language, "button.stay_in"),
                    "",
                    Action.Style.PRIMARY),
                new Action.Button(
                    ActionIds.PAUSE_MONTH,
                    Texts.get(language, "button.pause_month"),
                    "",
                    Action.Style.DEFAULT),
                new Action.Button(
                    ActionIds.LEAVE, Texts.get(language, "button.leave"), "", Action.Style.DANGER)))
        .build();
  }
}
