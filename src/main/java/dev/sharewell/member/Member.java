package dev.sharewell.member;

import dev.sharewell.common.Language;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * An employee known to Sharewell on one platform, opted in or not. Immutable: services return a
 * fresh copy after every change.
 */
public record Member(
    long id,
    PlatformUser identity,
    String displayName,
    Optional<String> locale,
    Optional<String> timeZone,
    Optional<Instant> optedInAt,
    Optional<Instant> leftAt,
    Optional<String> leftReason,
    Optional<Instant> pausedUntil,
    Set<Role> roles,
    Preferences preferences,
    Instant createdAt) {

  public Member {
    roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
  }

  /** Whether the member joined the programme and has not left since. */
  public boolean isOptedIn() {
    return optedInAt.isPresent();
  }

  public boolean isPausedAt(Instant now) {
    return pausedUntil.map(now::isBefore).orElse(false);
  }

  /** The language to speak to them in: their choice, else their platform's locale, else English. */
  public Language language() {
    return preferences.language().or(() -> locale.flatMap(Language::fromTag)).orElse(Language.EN);
  }

  /** Whether the member holds {@code role}; everyone who joined holds {@link Role#MEMBER}. */
  public boolean has(Role role) {
    return role == Role.MEMBER ? isOptedIn() : roles.contains(role);
  }
}
