package dev.sharewell.conversation;

import dev.sharewell.member.Member;
import dev.sharewell.member.Role;

/** Who may use a command. */
enum Access {
  ANYONE,
  /** People who joined. */
  MEMBER,
  /** Comms and admins. */
  COMMS,
  ADMIN;

  boolean allows(Member member) {
    return switch (this) {
      case ANYONE -> true;
      case MEMBER -> member.isOptedIn();
      case COMMS -> member.has(Role.COMMS) || member.has(Role.ADMIN);
      case ADMIN -> member.has(Role.ADMIN);
    };
  }

  /** The role to name in a polite refusal. */
  Role role() {
    return switch (this) {
      case ANYONE, MEMBER -> Role.MEMBER;
      case COMMS -> Role.COMMS;
      case ADMIN -> Role.ADMIN;
    };
  }
}
