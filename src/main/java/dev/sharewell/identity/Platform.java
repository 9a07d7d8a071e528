package dev.sharewell.identity;

import java.util.Locale;
import java.util.Optional;

/** The chat platforms Sharewell runs on. Every external id is stored with its platform. */
public enum Platform {
  SLACK,
  TEAMS;

  /** The lower-case key used in settings such as {@code SHAREWELL_ADMINS=slack:U0123}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Platform> fromKey(String key) {
    for (Platform platform : values()) {
      if (platform.key().equalsIgnoreCase(key == null ? "" : key.trim())) {
        return Optional.of(platform);
      }
    }
    return Optional.empty();
  }
}
