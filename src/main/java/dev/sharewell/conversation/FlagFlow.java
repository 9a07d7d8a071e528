package dev.sharewell.conversation;

import dev.sharewell.chat.ActionIds;
import dev.sharewell.chat.Block;
import dev.sharewell.chat.Form;
import dev.sharewell.chat.Input;
import dev.sharewell.chat.OutboundMessage;
import dev.sharewell.common.FieldError;
import dev.sharewell.common.InvalidInputException;
import dev.sharewell.common.Message;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The flag form: a link to a critical comment and a note, for the comms team. */
final class FlagFlow {
  static final String LINK = "link";
  static final String NOTE = "note";
  static final int NOTE_MAX = 1_000;

  private final FlagService flags;

  FlagFlow(FlagService flags) {
    this.flags = flags;
  }

  Reply form(Actor actor) {
    return actor.open(
        new Form(
            ActionIds.FLAG_FORM,
            actor.text("flag.title"),
            actor.text("button.send"),
            Optional.empty(),
            List.of(new Block.Paragraph(actor.text("flag.intro"))),
            List.of(
                new Input.Text(
                    LINK,
                    actor.text("flag.link"),
                    Optional.empty(),
                    Optional.of("https://"),
                    false,
                    2048,
                    false),
                new Input.Text(
                    NOTE,
                    actor.text("flag.note"),
                    Optional.empty(),
                    Optional.empty(),
                    true,
                    NOTE_MAX,
                    true))));
  }

  FormResult submit(Actor actor, FormValues values) {
    String link = values.one(LINK);
    String note = values.one(NOTE);
    List<FieldError> errors = new ArrayList<>();
    if (link == null || !isWebUrl(link)) {
      errors.add(new FieldError(LINK, Message.of("error.flag.link")));
    }
    if (note != null && note.length() > NOTE_MAX) {
      errors.add(new FieldError(NOTE, Message.of("error.flag.note_long", NOTE_MAX)));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    flags.flag(actor.member(), link, note);
    return actor.done(
        OutboundMessage.builder(actor.text("flag.done"))
            .paragraph(actor.text("flag.done"))
            .note(actor.text("flag.done_hint"))
            .build());
  }

  private static boolean isWebUrl(String text) {
    try {
      URI uri = new URI(text);
      return uri.getHost() != null
          && ("https".equalsIgnoreCase(uri.getScheme())
              || "http".equalsIgnoreCase(uri.getScheme()));
    } catch (java.net.URISyntaxException e) {
      return false;
    }
  }
}
