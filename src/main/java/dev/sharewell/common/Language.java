package dev.sharewell.common;

import java.util.Locale;
import java.util.Optional;

/** The languages Sharewell speaks to people in. */
public enum Language {
  EN(Locale.ENGLISH),
  DA(Locale.forLanguageTag("da"));

  private final Locale locale;

  Language(Locale locale) {
    this.locale = locale;
  }

  public Locale locale() {
    return locale;
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses a language code such as {@code da}, or a locale such as {@code da-DK} or {@code da_DK}.
   */
  public static Optional<Language> fromTag(String tag) {
    if (tag == null || tag.isBlank()) {
      return Optional.empty();
    }
    String primary = tag.trim().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
    for (Language language : values()) {
      if (language.code().equals(primary)) {
        return Optional.of(language);
      }
    }
    return Optional.empty();
  }
}
