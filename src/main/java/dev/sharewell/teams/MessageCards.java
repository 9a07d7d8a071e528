package dev.sharewell.teams;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sharewell.chat.Action;
import dev.sharewell.chat.ActionIds;
import dev.sharewell.chat.Block;
import dev.sharewell.chat.Form;
import dev.sharewell.chat.OutboundMessage;
import java.util.List;
import java.util.Map;

/**
 * Renders an {@link OutboundMessage} as an Adaptive Card 1.5. Pure; tested against golden JSON. An
 * "I shared it" button whose report form is given opens that form inside the card
 * (Action.ShowCard), so the network and text are entered right on the digest.
 */
final class MessageCards {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private MessageCards() {}

  /**
   * @param inlineForms report forms by content id, for the "I shared it" buttons that have one
   */
  static ObjectNode render(OutboundMessage message, Map<String, Form> inlineForms) {
    ObjectNode card = card();
    ArrayNode body = card.putArray("body");
    boolean separate = false;
    for (Block block : message.blocks()) {
      if (block instanceof Block.Divider) {
        separate = true;
        continue;
      }
      int before = body.size();
      render(block, body, inlineForms);
      if (separate && body.size() > before) {
        ((ObjectNode) body.get(before)).put("separator", true).put("spacing", "Medium");
        separate = false;
      }
    }
    return card;
  }

  /** An empty card: the envelope every Sharewell card shares. */
  static ObjectNode card() {
    ObjectNode card = JSON.objectNode();
    card.put("type", "AdaptiveCard");
    card.put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
    card.put("version", "1.5");
    card.putObject("msteams").put("width", "Full");
    return card;
  }

  private static void render(Block block, ArrayNode body, Map<String, Form> inlineForms) {
    if (block instanceof Block.Heading heading) {
      body.add(
          text(TeamsMarkdown.escape(oneLine(heading.text())))
              .put("weight", "Bolder")
              .put("size", "Medium"));
    } else if (block instanceof Block.Paragraph paragraph) {
      lines(paragraph.text(), body);
    } else if (block instanceof Block.Note note) {
      for (String line : note.text().split("\n")) {
        body.add(
            text(TeamsMarkdown.escape(line))
                .put("isSubtle", true)
                .put("size", "Small")
                .put("spacing", "Small"));
      }
    } else if (block instanceof Block.Facts facts) {
      ObjectNode set = body.addObject().put("type", "FactSet");
      ArrayNode list = set.putArray("facts");
      for (Block.Fact fact : facts.facts()) {
        list.addObject()
            .put("title", TeamsMarkdown.escape(oneLine(fact.label())))
            .put("value", TeamsMarkdown.escape(oneLine(fact.value())));
      }
    } else if (block instanceof Block.Item item) {
      body.add(item(item, inlineForms));
    } else if (block instanceof Block.Actions actions) {
      body.add(actionSet(actions.actions(), inlineForms));
    }
  }

  private static ObjectNode item(Block.Item item, Map<String, Form> inlineForms) {
    ObjectNode container = JSON.objectNode().put("type", "Container");
    ArrayNode items = container.putArray("items");
    items.add(text(TeamsMarkdown.link(oneLine(item.title()), item.url())).put("weight", "Bolder"));
    if (!item.body().isBlank()) {
      lines(item.body(), items);
    }
    item.detail()
        .ifPresent(
            detail ->
                items.add(
                    text("_" + TeamsMarkdown.escape(oneLine(detail)) + "_").put("isSubtle", true)));
    if (!item.actions().isEmpty()) {
      items.add(actionSet(item.actions(), inlineForms));
    }
    return container;
  }

  /** Each line its own text block: a single line break is not reliably kept by Teams' Markdown. */
  private static void lines(String text, ArrayNode body) {
    boolean afterGap = false;
    boolean first = true;
    for (String line : text.split("\n")) {
      if (line.isBlank()) {
        afterGap = true;
        continue;
      }
      ObjectNode block = text(TeamsMarkdown.escape(line));
      if (!first && !afterGap) {
        block.put("spacing", "None");
      }
      body.add(block);
      first = false;
      afterGap = false;
    }
  }

  static ObjectNode actionSet(List<Action> actions, Map<String, Form> inlineForms) {
    ObjectNode set = JSON.objectNode().put("type", "ActionSet");
    ArrayNode list = set.putArray("actions");
    for (Action action : actions) {
      if (action instanceof Action.Link link) {
        if (link.url().startsWith("https://") || link.url().startsWith("http://")) {
          list.addObject()
              .put("type", "Action.OpenUrl")
              .put("title", link.label())
              .put("url", link.url());
        }
      } else if (action instanceof Action.Button button) {
        Form inline =
            button.actionId().equals(ActionIds.SHARED) ? inlineForms.get(button.value()) : null;
        list.add(inline != null ? FormCards.showCard(button.label(), inline) : button(button));
      }
    }
    return set;
  }

  private static ObjectNode button(Action.Button button) {
    ObjectNode action = JSON.objectNode().put("type", "Action.Submit").put("title", button.label());
    style(action, button.style());
    action.set("data", CardData.button(button.actionId(), button.value()));
    return action;
  }

  static void style(ObjectNode action, Action.Style style) {
    switch (style) {
      case PRIMARY -> action.put("style", "positive");
      case DANGER -> action.put("style", "destructive");
      case DEFAULT -> {}
    }
  }

  static ObjectNode text(String markdown) {
    return JSON.objectNode().put("type", "TextBlock").put("text", markdown).put("wrap", true);
  }

  private static String oneLine(String text) {
    return text.replace('\n', ' ');
  }
}
