package dev.sharewell.slack;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.ContextBlockElement;
import com.slack.api.model.block.DividerBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.composition.TextObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import dev.sharewell.chat.Action;
import dev.sharewell.chat.ActionIds;
import dev.sharewell.chat.Block;
import dev.sharewell.chat.OutboundMessage;
import java.util.ArrayList;
import java.util.List;

/** Renders an {@link OutboundMessage} as Slack Block Kit. Pure; tested against golden JSON. */
final class BlockKit {
  static final int SECTION_MAX = 3_000;
  static final int HEADER_MAX = 150;
  static final int BUTTON_TEXT_MAX = 75;
  static final int FIELDS_MAX = 10;

  private BlockKit() {}

  static List<LayoutBlock> render(OutboundMessage message) {
    List<LayoutBlock> blocks = new ArrayList<>();
    for (Block block : message.blocks()) {
      render(block, blocks);
    }
    return blocks;
  }

  private static void render(Block block, List<LayoutBlock> out) {
    if (block instanceof Block.Heading heading) {
      out.add(HeaderBlock.builder().text(plain(SlackText.cut(heading.text(), HEADER_MAX))).build());
    } else if (block instanceof Block.Paragraph paragraph) {
      for (String chunk : chunks(SlackText.escape(paragraph.text()))) {
        out.add(SectionBlock.builder().text(markdown(chunk)).build());
      }
    } else if (block instanceof Block.Note note) {
      out.add(context(SlackText.escape(note.text())));
    } else if (block instanceof Block.Facts facts) {
      List<TextObject> fields = new ArrayList<>();
      for (Block.Fact fact : facts.facts().subList(0, Math.min(FIELDS_MAX, facts.facts().size()))) {
        fields.add(
            markdown(
                "*" + SlackText.escape(fact.label()) + "*\n" + SlackText.escape(fact.value())));
      }
      out.add(SectionBlock.builder().fields(fields).build());
    } else if (block instanceof Block.Item item) {
      String text = "*" + SlackText.link(item.title(), item.url()) + "*";
      if (!item.body().isBlank()) {
        text += "\n" + SlackText.escape(item.body());
      }
      out.add(SectionBlock.builder().text(markdown(SlackText.cut(text, SECTION_MAX))).build());
      item.detail().ifPresent(detail -> out.add(context(SlackText.escape(detail))));
      if (!item.actions().isEmpty()) {
        out.add(actions(item.actions()));
      }
    } else if (block instanceof Block.Actions actions) {
      out.add(actions(actions.actions()));
    } else if (block instanceof Block.Divider) {
      out.add(DividerBlock.builder().build());
    }
  }

  static ActionsBlock actions(List<Action> actions) {
    List<BlockElement> elements = new ArrayList<>();
    int link = 0;
    for (Action action : actions) {
      if (action instanceof Action.Button button) {
        elements.add(
            ButtonElement.builder()
                .actionId(button.actionId())
                .text(plain(SlackText.cut(button.label(), BUTTON_TEXT_MAX)))
                .value(button.value())
                .style(style(button.style()))
                .build());
      } else if (action instanceof Action.Link linkAction) {
        // Slack reports clicks on link buttons too; these ids are acknowledged and ignored.
        elements.add(
            ButtonElement.builder()
                .actionId(ActionIds.OPEN_LINK_PREFIX + link++)
                .text(plain(SlackText.cut(linkAction.label(), BUTTON_TEXT_MAX)))
                .url(linkAction.url())
                .build());
      }
    }
    return ActionsBlock.builder().elements(elements).build();
  }

  private static String style(Action.Style style) {
    return switch (style) {
      case PRIMARY -> "primary";
      case DANGER -> "danger";
      case DEFAULT -> null;
    };
  }

  private static ContextBlock context(String mrkdwn) {
    List<ContextBlockElement> elements = List.of(markdown(SlackText.cut(mrkdwn, SECTION_MAX)));
    return ContextBlock.builder().elements(elements).build();
  }

  private static List<String> chunks(String text) {
    List<String> chunks = new ArrayList<>();
    String rest = text;
    while (rest.length() > SECTION_MAX) {
      int cut = rest.lastIndexOf('\n', SECTION_MAX);
      if (cut <= 0) {
        cut = SECTION_MAX;
      }
      chunks.add(rest.substring(0, cut));
      rest = rest.substring(cut).stripLeading();
    }
    if (!rest.isEmpty()) {
      chunks.add(rest);
    }
    return chunks;
  }

  static MarkdownTextObject markdown(String text) {
    return MarkdownTextObject.builder().text(text).build();
  }

  static PlainTextObject plain(String text) {
    return PlainTextObject.builder().text(text).emoji(true).build();
  }
}
