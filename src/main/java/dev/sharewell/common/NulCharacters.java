package dev.sharewell.common;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;

/**
 * Finds NUL characters in what people send: PostgreSQL refuses them in text columns, so both chat
 * adapters turn them away at the door instead of failing half-way through a write.
 */
public final class NulCharacters {
  private NulCharacters() {}

  /** Whether any text or field name anywhere in {@code node} holds a NUL character. */
  public static boolean in(JsonNode node) {
    if (node == null) {
      return false;
    }
    if (node.isTextual()) {
      return node.asText().indexOf('\0') >= 0;
    }
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      if (names.next().indexOf('\0') >= 0) {
        return true;
      }
    }
    for (JsonNode child : node) {
      if (in(child)) {
        return true;
      }
    }
    return false;
  }
}
