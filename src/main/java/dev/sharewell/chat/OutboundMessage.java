package dev.sharewell.chat;

import java.util.ArrayList;
import java.util.List;

/**
 * A message in no platform's format: a plain-text summary (notifications, screen readers) and the
 * blocks to show. Slack renders it as Block Kit, Teams as an Adaptive Card. Text is plain: each
 * adapter escapes it for its platform.
 */
public record OutboundMessage(String summary, List<Block> blocks) {
  public OutboundMessage {
    blocks = List.copyOf(blocks);
  }

  /** A message of one paragraph. */
  public static OutboundMessage text(String text) {
    return new OutboundMessage(text, List.of(new Block.Paragraph(text)));
  }

  public static Builder builder(String summary) {
    return new Builder(summary);
  }

  /** Collects blocks in order. */
  public static final class Builder {
    private final String summary;
    private final List<Block> blocks = new ArrayList<>();

    private Builder(String summary) {
      this.summary = summary;
    }

    public Builder add(Block block) {
      blocks.add(block);
      return this;
    }

    public Builder heading(String text) {
      return add(new Block.Heading(text));
    }

    public Builder paragraph(String text) {
      return add(new Block.Paragraph(text));
    }

    public Builder note(String text) {
      return add(new Block.Note(text));
    }

    public Builder actions(List<Action> actions) {
      return actions.isEmpty() ? this : add(new Block.Actions(actions));
    }

    public OutboundMessage build() {
      return new OutboundMessage(summary, blocks);
    }
  }
}
