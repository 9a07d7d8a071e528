package dev.sharewell.member;

import dev.sharewell.common.Language;
import dev.sharewell.common.Message;
import dev.sharewell.common.NotAllowedException;
import dev.sharewell.identity.Actor;
import dev.sharewell.identity.PlatformUser;
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
    Instant createdAt)
    implements Actor {

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

  /**
   * Refuses unless the member is comms or an admin (admins may do what comms do). Every service
   * with a privileged action checks this itself, so no adapter can forget to.
   */
  public void requireComms() {
    if (!has(Role.COMMS) && !has(Role.ADMIN)) {
      throw new NotAllowedException(Message.of("error.role_required", Role.COMMS.key()));
    }
  }

  /** Refuses unless the member is an admin. */
  @Override
  public void requireAdmin() {
    if (!has(Role.ADMIN)) {
      throw new NotAllowedException(Message.of("error.role_required", Role.ADMIN.key()));
    }
  }

  /**
   * Refuses when {@code other} belongs to another Slack workspace or Teams tenant: an admin rules
   * only their own. The refusal says no more than "unknown person", so nothing leaks across.
   */
  public void requireSameWorkspace(Member other) {
    if (identity().platform() != other.identity().platform()
        || !identity().workspaceId().equals(other.identity().workspaceId())) {
      throw new NotAllowedException(Message.of("error.member_unknown"));
    }
  }

  /** Whether the member holds {@code role}; everyone who joined holds {@link Role#MEMBER}. */
  public boolean has(Role role) {
    return role == Role.MEMBER ? isOptedIn() : roles.contains(role);
  }
}
