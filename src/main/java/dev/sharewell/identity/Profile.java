package dev.sharewell.identity;

import dev.sharewell.store.Columns;
import java.util.Optional;

/**
 * What a platform tells about a person: their name, locale and time zone, each when known. A name
 * longer than Sharewell keeps is cut; a locale or time zone longer than any real one is dropped.
 *
 * <p>A name is either the person's real one (from their profile) or only a guess ({@code
 * nameIsGuess}), such as Slack's legacy handle that comes with each command: a guess names someone
 * Sharewell knows no name for yet, but never replaces a real name.
 */
public record Profile(
    Optional<String> displayName,
    Optional<String> locale,
    Optional<String> timeZone,
    boolean nameIsGuess) {
  /** The longest display name kept (the column's size). */
  public static final int NAME_MAX = Columns.DISPLAY_NAME;

  static final int LOCALE_MAX = Columns.LOCALE;
  static final int TIME_ZONE_MAX = Columns.TIME_ZONE;

  public Profile {
    displayName = displayName.map(name -> Columns.cut(name, NAME_MAX));
    locale = locale.filter(l -> l.length() <= LOCALE_MAX);
    timeZone = timeZone.filter(z -> z.length() <= TIME_ZONE_MAX);
  }

  /** What the person's profile says: the name is their real one. */
  public Profile(Optional<String> displayName, Optional<String> locale, Optional<String> timeZone) {
    this(displayName, locale, timeZone, false);
  }

  public static Profile unknown() {
    return new Profile(Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** Only a real name: from the person's profile on the platform. */
  public static Profile named(String displayName) {
    return new Profile(Optional.ofNullable(displayName), Optional.empty(), Optional.empty());
  }

  /** Only a name to use until the real one is known (Slack's handle, {@code ada.l}). */
  public static Profile guessed(String handle) {
    return new Profile(Optional.ofNullable(handle), Optional.empty(), Optional.empty(), true);
  }
}
