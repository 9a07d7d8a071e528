package dev.sharewell.delivery;

import dev.sharewell.chat.SentMessage;
import dev.sharewell.member.Member;
import dev.sharewell.member.MemberService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jdbi.v3.core.Jdbi;

/**
 * Records what became of a claimed row: sent (a check-in also pauses its member until they answer),
 * back in the queue, unconfirmed, unknown, or ended. Each is one committed transition.
 */
final class OutboxRecords {
  static final Duration CHECK_IN_PAUSE = Duration.ofDays(365);

  private final Jdbi jdbi;
  private final Clock clock;
  private final MemberService members;

  OutboxRecords(Jdbi jdbi, Clock clock, MemberService members) {
    this.jdbi = jdbi;
    this.clock = clock;
    this.members = members;
  }

  /** The platform took the message: SENT, with its id for the message. */
  DeliveryWorker.Outcome sent(OutboxDao.Claimed row, String kind, SentMessage sent) {
    jdbi.useExtension(
        OutboxDao.class, dao -> dao.markSent(row.id(), sent.messageId(), kind, clock.instant()));
    if (!kind.equals("CHECK_IN")) {
      return DeliveryWorker.Outcome.SENT;
    }
    Member member = members.get(row.memberId());
    members.pauseUntilAnswered(member, clock.instant().plus(CHECK_IN_PAUSE));
    members.setIgnoredDigests(member, 0);
    return DeliveryWorker.Outcome.CHECK_IN_SENT;
  }

  /** Back in the queue until {@code when}; a 429 or a pause is no attempt. */
  void retryAt(OutboxDao.Claimed row, Instant when, String reason, boolean countsAsAttempt) {
    jdbi.useExtension(
        OutboxDao.class,
        dao -> dao.retryAt(row.id(), when, reason, countsAsAttempt ? 1 : 0, clock.instant()));
  }

  /** Back in the queue until {@code when}, to be looked for on the platform first. */
  void unconfirmed(OutboxDao.Claimed row, String kind, Instant when, String reason) {
    jdbi.useExtension(
        OutboxDao.class, dao -> dao.markUnconfirmed(row.id(), when, reason, kind, clock.instant()));
  }

  /** UNKNOWN: it may have arrived, and nobody can tell; it is never sent again. */
  void unknown(OutboxDao.Claimed row, String kind, String reason) {
    jdbi.useExtension(
        OutboxDao.class, dao -> dao.markUnknown(row.id(), reason, kind, clock.instant()));
  }

  /** SKIPPED or FAILED, with the reason. */
  void end(OutboxDao.Claimed row, String status, String reason) {
    jdbi.useExtension(
        OutboxDao.class, dao -> dao.markEnded(row.id(), status, reason, clock.instant()));
  }
}
