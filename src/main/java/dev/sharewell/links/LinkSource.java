package dev.sharewell.links;

import dev.sharewell.member.Network;
import java.util.Locale;
import java.util.Optional;

/** Where a tracked link is shared: a network's share dialog, or the item's own link copied. */
public enum LinkSource {
  LINKEDIN,
  X,
  FACEBOOK,
  /** The item's own link, which a member copies (to Instagram, a mail, anywhere). */
  PAGE;

  /** The {@code utm_source} its visits carry: {@code linkedin}, {@code x}, {@code facebook}, … */
  public String utmSource() {
    return this == PAGE ? "sharewell" : name().toLowerCase(Locale.ROOT);
  }

  /** The source of {@code network}'s share link; Instagram has none (its members copy the page). */
  public static Optional<LinkSource> of(Network network) {
    return switch (network) {
      case LINKEDIN -> Optional.of(LINKEDIN);
      case X -> Optional.of(X);
      case FACEBOOK -> Optional.of(FACEBOOK);
      case INSTAGRAM -> Optional.empty();
    };
  }
}
