package dev.sharewell.teams;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sharewell.chat.Action;
import dev.sharewell.chat.Form;
import dev.sharewell.chat.Input;
import dev.sharewell.chat.OutboundMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Renders a {@link Form} as an Adaptive Card 1.5 with inputs: on a card of its own, shown again
 * with the submitted values and each error under its field, or inside another card. Pure; tested
 * against golden JSON.
 */
final class FormCards {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final Set<String> RESERVED =
      Set.of(CardData.ACTION, CardData.CONTENT_ID, CardData.FORM);

  private FormCards() {}

  /** What the card shows besides the form: values to fill in again, and errors by input id. */
  record State(
      Map<String, List<String>> values, Map<String, String> errors, Optional<String> problem) {
    static State fresh() {
      return new State(Map.of(), Map.of(), Optional.empty());
    }
  }

  static ObjectNode render(Form form, State state) {
    ObjectNode card = MessageCards.card();
    ArrayNode body = card.putArray("body");
    body.add(
        MessageCards.text(TeamsMarkdown.escape(form.title()))
            .put("weight", "Bolder")
            .put("size", "Large"));
    state.problem().ifPresent(p -> body.add(error(p).put("size", "Default")));
    body.addAll(introOf(form));
    for (Input input : form.inputs()) {
      body.add(input(input, "", state.values().get(input.id())));
      String error = state.errors().get(input.id());
      if (error != null) {
        body.add(error(error));
      }
    }
    for (Map.Entry<String, String> error : state.errors().entrySet()) {
      if (form.inputs().stream().noneMatch(i -> i.id().equals(error.getKey()))) {
        body.add(error(error.getValue()));
      }
    }
    card.putArray("actions").add(submit(form, Optional.empty()));
    return card;
  }

  /** The form inside another card: a button that unfolds it. Its input ids get a prefix. */
  static ObjectNode showCard(String title, Form form) {
    String prefix = form.context().orElse(form.formId()) + ".";
    ObjectNode inner = JSON.objectNode().put("type", "AdaptiveCard");
    ArrayNode body = inner.putArray("body");
    body.addAll(introOf(form));
    for (Input input : form.inputs()) {
      body.add(input(input, prefix, null));
    }
    inner.putArray("actions").add(submit(form, Optional.of(prefix)));
    ObjectNode action = JSON.objectNode().put("type", "Action.ShowCard").put("title", title);
    MessageCards.style(action, Action.Style.PRIMARY);
    action.set("card", inner);
    return action;
  }

  private static ArrayNode introOf(Form form) {
    return (ArrayNode)
        MessageCards.render(new OutboundMessage(form.title(), form.intro()), Map.of()).get("body");
  }

  private static ObjectNode submit(Form form, Optional<String> prefix) {
    List<String> multiSelect = new ArrayList<>();
    for (Input input : form.inputs()) {
      if (input instanceof Input.Choice choice && choice.multiple()) {
        multiSelect.add(choice.id());
      }
    }
    ObjectNode submit =
        JSON.objectNode().put("type", "Action.Submit").put("title", form.submitLabel());
    MessageCards.style(submit, Action.Style.PRIMARY);
    submit.set("data", CardData.form(form.formId(), form.context(), multiSelect, prefix));
    return submit;
  }

  private static ObjectNode input(Input input, String prefix, List<String> submitted) {
    if (RESERVED.contains(input.id())) {
      throw new IllegalArgumentException("input id " + input.id() + " is reserved on Teams cards");
    }
    ObjectNode node = JSON.objectNode().put("type", typeOf(input));
    node.put("id", prefix + input.id()).put("label", input.label());
    Optional<String> value =
        (submitted != null ? Optional.of(String.join(",", submitted)) : initial(input))
            .filter(v -> !v.isEmpty());
    if (input instanceof Input.Text text) {
      node.put("isMultiline", text.multiline()).put("maxLength", text.maxLength());
      text.placeholder().ifPresent(p -> node.put("placeholder", p));
      value.ifPresent(v -> node.put("value", v));
    } else if (input instanceof Input.Choice choice) {
      node.put("style", choice.multiple() ? "expanded" : "compact");
      node.put("isMultiSelect", choice.multiple());
      ArrayNode choices = node.putArray("choices");
      choice
          .options()
          .forEach(o -> choices.addObject().put("title", o.label()).put("value", o.value()));
      value.ifPresent(v -> node.put("value", v));
    } else if (input instanceof Input.Number number) {
      node.put("min", number.min()).put("max", number.max());
      value.ifPresent(
          v -> {
            if (v.matches("-?\\d{1,18}")) {
              node.put("value", Long.parseLong(v));
            }
          });
    } else {
      value.ifPresent(v -> node.put("value", v));
    }
    return node;
  }

  private static String typeOf(Input input) {
    if (input instanceof Input.Text) {
      return "Input.Text";
    }
    if (input instanceof Input.Choice) {
      return "Input.ChoiceSet";
    }
    if (input instanceof Input.Number) {
      return "Input.Number";
    }
    return input instanceof Input.Date ? "Input.Date" : "Input.Time";
  }

  private static Optional<String> initial(Input input) {
    if (input instanceof Input.Text text) {
      return text.initial();
    }
    if (input instanceof Input.Choice choice) {
      return choice.initial().isEmpty()
          ? Optional.empty()
          : Optional.of(String.join(",", choice.initial()));
    }
    if (input instanceof Input.Number number) {
      return number.initial().map(String::valueOf);
    }
    if (input instanceof Input.Date date) {
      return date.initial();
    }
    return ((Input.Time) input).initial();
  }

  private static ObjectNode error(String message) {
    return MessageCards.text(TeamsMarkdown.escape(message.replace('\n', ' ')))
        .put("color", "Attention")
        .put("size", "Small")
        .put("spacing", "None");
  }
}
