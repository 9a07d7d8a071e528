package dev.sharewell.conversation;

import java.util.Locale;
import java.util.Optional;

/**
 * The commands of {@code /sharewell} (Slack) and of the Teams bot: who may use each, and whether it
 * may be answered in a shared channel where everyone sees the answer.
 */
enum Verb {
  HELP(Access.ANYONE, true),
  JOIN(Access.ANYONE, false),
  LEAVE(Access.ANYONE, false),
  PAUSE(Access.MEMBER, false),
  RESUME(Access.MEMBER, false),
  SETTINGS(Access.MEMBER, false),
  ADD(Access.COMMS, false),
  LIST(Access.ANYONE, false),
  STATS(Access.MEMBER, false),
  LEADERBOARD(Access.ANYONE, true),
  REACH(Access.ANYONE, true),
  GUIDELINES(Access.ANYONE, false),
  FLAG(Access.MEMBER, false),
  MYDATA(Access.ANYONE, false),
  FORGET(Access.ANYONE, false),
  INVITE(Access.ADMIN, true),
  ROLE(Access.ADMIN, true),
  AUDIT(Access.ADMIN, false),
  DIGEST(Access.COMMS, true);

  private final Access access;
  private final boolean answersInChannel;

  Verb(Access access, boolean answersInChannel) {
    this.access = access;
    this.answersInChannel = answersInChannel;
  }

  Access access() {
    return access;
  }

  /** Whether the answer may be seen by a whole channel; personal ones go to the personal chat. */
  boolean answersInChannel() {
    return answersInChannel;
  }

  String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The bundle key of this command's one-line help. */
  String helpKey() {
    return "help." + word();
  }

  static Optional<Verb> fromWord(String word) {
    for (Verb verb : values()) {
      if (verb.word().equals(word)) {
        return Optional.of(verb);
      }
    }
    return Optional.empty();
  }
}
