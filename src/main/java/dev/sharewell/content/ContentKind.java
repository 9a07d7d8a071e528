package dev.sharewell.content;

import java.util.Locale;
import java.util.Optional;

/** What a content item is. Job openings are first-class: they interest people's networks most. */
public enum ContentKind {
  NEWS,
  BLOG,
  JOB,
  EVENT;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<ContentKind> fromKey(String key) {
    for (ContentKind kind : values()) {
      if (kind.key().equalsIgnoreCase(key == null ? "" : key.trim())) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
