package dev.sharewell.teams;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sharewell.conversation.FormValues;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A press on a card's Action.Submit, as it arrives in a message activity's value: the {@link
 * CardData} the button carried, merged with the card's input values.
 *
 * @param inline whether the form was shown inside another card (such as the digest)
 */
record CardSubmission(
    String action, Optional<String> contentId, boolean isForm, boolean inline, FormValues values) {

  /** Reads a submission; empty when the value is not one of Sharewell's cards. */
  static Optional<CardSubmission> read(JsonNode value) {
    if (value == null || !value.isObject() || !value.path(CardData.ACTION).isTextual()) {
      return Optional.empty();
    }
    String action = value.get(CardData.ACTION).asText();
    if (action.isBlank()) {
      return Optional.empty();
    }
    JsonNode id = value.get(CardData.CONTENT_ID);
    Optional<String> contentId =
        id == null || !id.isValueNode() || id.isNull()
            ? Optional.empty()
            : Optional.of(id.asText());
    JsonNode form = value.get(CardData.FORM);
    if (form == null || !form.isObject()) {
      return Optional.of(
          new CardSubmission(action, contentId, false, false, FormValues.of(Map.of())));
    }
    String prefix = form.path(CardData.PREFIX).asText("");
    Set<String> multiSelect = new HashSet<>();
    form.path(CardData.MULTI_SELECT).forEach(n -> multiSelect.add(n.asText()));
    return Optional.of(
        new CardSubmission(
            action, contentId, true, !prefix.isEmpty(), values(value, prefix, multiSelect)));
  }

  private static FormValues values(JsonNode value, String prefix, Set<String> multiSelect) {
    Map<String, List<String>> values = new HashMap<>();
    Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      String name = field.getKey();
      if (name.equals(CardData.ACTION)
          || name.equals(CardData.CONTENT_ID)
          || name.equals(CardData.FORM)
          || !name.startsWith(prefix)) {
        continue;
      }
      String id = name.substring(prefix.length());
      List<String> list = new ArrayList<>();
      JsonNode node = field.getValue();
      if (node.isArray()) {
        node.forEach(n -> list.add(n.asText()));
      } else if (node.isValueNode() && !node.isNull()) {
        if (multiSelect.contains(id)) {
          // A multi-select ChoiceSet answers "a,b,c"; choice values never hold a comma.
          for (String part : node.asText().split(",")) {
            if (!part.isBlank()) {
              list.add(part.strip());
            }
          }
        } else {
          list.add(node.asText());
        }
      }
      values.put(id, list);
    }
    return new FormValues(values);
  }
}
