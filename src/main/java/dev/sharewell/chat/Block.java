package dev.sharewell.chat;

import java.util.List;
import java.util.Optional;

/** One part of an {@link OutboundMessage}. All text is plain and is escaped by the renderer. */
public sealed interface Block {

  /** A short bold title line. */
  record Heading(String text) implements Block {}

  /** Body text; line breaks are kept. */
  record Paragraph(String text) implements Block {}

  /** Small secondary text (hints, footnotes). */
  record Note(String text) implements Block {}

  /** A list of label/value pairs, such as stats. */
  record Facts(List<Fact> facts) implements Block {
    public Facts {
      facts = List.copyOf(facts);
    }
  }

  /** One label/value pair of {@link Facts}. */
  record Fact(String label, String value) {}

  /**
   * A content item: its title as a link, a body, an optional line of detail (a prompt), and the
   * actions that apply to it.
   */
  record Item(String title, String url, String body, Optional<String> detail, List<Action> actions)
      implements Block {
    public Item {
      actions = List.copyOf(actions);
    }
  }

  /** A row of buttons. */
  record Actions(List<Action> actions) implements Block {
    public Actions {
      actions = List.copyOf(actions);
    }
  }

  /** A thin separator. */
  record Divider() implements Block {}
}
