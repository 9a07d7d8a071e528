package dev.sharewell.teams;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;

/**
 * What a card's Action.Submit sends back: {@code {"action": "<button or form id>", "contentId":
 * 12}}, and for a form also {@code "form": {"multiSelect": [...], "prefix": "..."}} next to the
 * input values. Button and form ids come from {@code ActionIds}; they may be equal (Personalise),
 * the {@code form} member tells them apart.
 */
final class CardData {
  static final String ACTION = "action";
  static final String CONTENT_ID = "contentId";
  static final String FORM = "form";

  /** The ids of inputs whose value is a comma-separated list of choices. */
  static final String MULTI_SELECT = "multiSelect";

  /** Set for a form shown inside another card: its input ids carry this prefix. */
  static final String PREFIX = "prefix";

  private CardData() {}

  static ObjectNode button(String actionId, String value) {
    ObjectNode data = JsonNodeFactory.instance.objectNode().put(ACTION, actionId);
    putContentId(data, value);
    return data;
  }

  static ObjectNode form(
      String formId, Optional<String> context, List<String> multiSelect, Optional<String> prefix) {
    ObjectNode data = JsonNodeFactory.instance.objectNode().put(ACTION, formId);
    context.ifPresent(c -> putContentId(data, c));
    ObjectNode form = data.putObject(FORM);
    if (!multiSelect.isEmpty()) {
      multiSelect.forEach(form.putArray(MULTI_SELECT)::add);
    }
    prefix.ifPresent(p -> form.put(PREFIX, p));
    return data;
  }

  /** A numeric id is sent as a number, as the documented contract shows; anything else as text. */
  private static void putContentId(ObjectNode data, String value) {
    if (value == null || value.isEmpty()) {
      return;
    }
    if (value.matches("\\d{1,18}")) {
      data.put(CONTENT_ID, Long.parseLong(value));
    } else {
      data.put(CONTENT_ID, value);
    }
  }
}
