package dev.sharewell.conversation;

import dev.sharewell.common.Language;
import dev.sharewell.identity.PlatformUser;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The language each recently seen person speaks, kept in memory so an apology can be said in it
 * while the database, where it is stored, cannot be read. Holds the most recent {@value #CAPACITY}
 * people; anyone else is answered in English then.
 */
final class KnownLanguages {
  static final int CAPACITY = 10_000;

  private final Map<PlatformUser, Language> recent =
      new LinkedHashMap<>(256, 0.75f, true) {
        @java.lang.Override
        protected boolean removeEldestEntry(Map.Entry<PlatformUser, Language> eldest) {
          return size() > CAPACITY;
        }
      };

  synchronized void remember(PlatformUser user, Language language) {
    recent.put(user, language);
  }

  synchronized Optional<Language> of(PlatformUser user) {
    return Optional.ofNullable(recent.get(user));
  }
}
