package dev.sharewell.member;

import java.util.Locale;
import java.util.Optional;

/** The social networks a member may share on. */
public enum Network {
  LINKEDIN("LinkedIn"),
  X("X"),
  FACEBOOK("Facebook"),
  INSTAGRAM("Instagram");

  private final String displayName;

  Network(String displayName) {
    this.displayName = displayName;
  }

  public String displayName() {
    return displayName;
  }

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code linkedin}, {@code LinkedIn}, {@code x} or {@code twitter}. */
  public static Optional<Network> fromKey(String key) {
    if (key == null) {
      return Optional.empty();
    }
    String k = key.trim().toLowerCase(Locale.ROOT);
    if (k.equals("twitter")) {
      return Optional.of(X);
    }
    for (Network network : values()) {
      if (network.key().equals(k)) {
        return Optional.of(network);
      }
    }
    return Optional.empty();
  }
}
