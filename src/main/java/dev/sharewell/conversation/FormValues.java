package dev.sharewell.conversation;

import java.util.List;
import java.util.Map;

/** The values a submitted form carried, by input id; a choice of several gives several values. */
public record FormValues(Map<String, List<String>> values) {
  public FormValues {
    values = Map.copyOf(values);
  }

  public static FormValues of(Map<String, String> single) {
    return new FormValues(
        single.entrySet().stream()
            .filter(e -> e.getValue() != null)
            .collect(
                java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> List.of(e.getValue()))));
  }

  /** The single value of {@code id}, trimmed; null when absent or blank. */
  public String one(String id) {
    List<String> list = values.get(id);
    if (list == null || list.isEmpty() || list.get(0) == null || list.get(0).isBlank()) {
      return null;
    }
    return list.get(0).strip();
  }

  public List<String> all(String id) {
    return values.getOrDefault(id, List.of()).stream()
        .filter(v -> v != null && !v.isBlank())
        .map(String::strip)
        .toList();
  }
}
