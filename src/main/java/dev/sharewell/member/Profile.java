package dev.sharewell.member;

import java.util.Optional;

/** What a platform tells about a person: their name, locale and time zone, each when known. */
public record Profile(
    Optional<String> displayName, Optional<String> locale, Optional<String> timeZone) {
  public static Profile unknown() {
    return new Profile(Optional.empty(), Optional.empty(), Optional.empty());
  }

  public static Profile named(String displayName) {
    return new Profile(Optional.ofNullable(displayName), Optional.empty(), Optional.empty());
  }
}
