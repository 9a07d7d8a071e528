package dev.sharewell.common;

import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * User-facing text from the message bundles ({@code messages*.properties}, UTF-8). Every sentence a
 * person reads comes from here, so that both chat adapters speak the same words in each language.
 */
public final class Texts {
  private static final String BUNDLE = "messages";
  private static final Map<Language, ResourceBundle> BUNDLES = new EnumMap<>(Language.class);

  static {
    // No fallback to the JVM's default locale: a missing Danish text falls back to English only.
    ResourceBundle.Control control =
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    for (Language language : Language.values()) {
      BUNDLES.put(language, ResourceBundle.getBundle(BUNDLE, language.locale(), control));
    }
  }

  private Texts() {}

  /** The text for {@code key} in {@code language}, with {@code args} filled in. */
  public static String get(Language language, String key, Object... args) {
    // Always through MessageFormat, so every text follows the same quoting rules; the bundles use
    // the typographic apostrophe, which MessageFormat leaves alone.
    return new MessageFormat(pattern(language, key), language.locale()).format(args);
  }

  /** Whether the bundles know {@code key}. */
  public static boolean has(String key) {
    return BUNDLES.get(Language.EN).containsKey(key);
  }

  private static String pattern(Language language, String key) {
    try {
      return BUNDLES.get(language).getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalArgumentException("No text for key " + key, e);
    }
  }
}
