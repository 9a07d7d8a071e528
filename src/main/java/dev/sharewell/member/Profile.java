package dev.sharewell.member;

import java.util.Optional;

/**
 * What a platform tells about a person: their name, locale and time zone, each when known. A name
 * longer than Sharewell keeps is cut; a locale or time zone longer than any real one is dropped.
 */
public record Profile(
    Optional<String> displayName, Optional<String> locale, Optional<String> timeZone) {
  /** The longest display name kept (the column's size). */
  public static final int NAME_MAX = 255;

  static final int LOCALE_MAX = 35;
  static final int TIME_ZONE_MAX = 64;

  public Profile {
    displayName = displayName.map(Profile::cutName);
    locale = locale.filter(l -> l.length() <= LOCALE_MAX);
    timeZone = timeZone.filter(z -> z.length() <= TIME_ZONE_MAX);
  }

  public static Profile unknown() {
    return new Profile(Optional.empty(), Optional.empty(), Optional.empty());
  }

  public static Profile named(String displayName) {
    return new Profile(Optional.ofNullable(displayName), Optional.empty(), Optional.empty());
  }

  private static String cutName(String name) {
    if (name.length() <= NAME_MAX) {
      return name;
    }
    int end = NAME_MAX;
    if (Character.isHighSurrogate(name.charAt(end - 1))) {
      end--;
    }
    return name.substring(0, end);
  }
}
