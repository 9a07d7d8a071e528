package dev.sharewell.member;

import java.util.Locale;
import java.util.Optional;

/**
 * What a member may do beyond receiving digests and reporting shares. A person may hold several.
 */
public enum Role {
  /** Everyone who joined; the role is implicit and never stored. */
  MEMBER,
  /** Adds and archives content, sends digests now, sees content stats. */
  COMMS,
  /** Gets content first and has a section of their own on the leaderboard. */
  LEADER,
  /** Invites people, assigns roles, chooses channels and schedules. */
  ADMIN;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Role> fromKey(String key) {
    for (Role role : values()) {
      if (role.key().equalsIgnoreCase(key == null ? "" : key.trim())) {
        return Optional.of(role);
      }
    }
    return Optional.empty();
  }
}
