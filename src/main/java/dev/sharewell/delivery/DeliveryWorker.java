package dev.sharewell.delivery;

import dev.sharewell.chat.ChatDeliveryException;
import dev.sharewell.chat.ChatGateway;
import dev.sharewell.chat.OutboundMessage;
import dev.sharewell.chat.Recipient;
import dev.sharewell.chat.SentMessage;
import dev.sharewell.member.Member;
import dev.sharewell.member.MemberService;
import dev.sharewell.member.Workspaces;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers one claimed row: reads the member again (someone who left or paused since gets nothing),
 * composes, sends, and records the outcome. Failures are recorded, never thrown.
 */
final class DeliveryWorker {
  private static final Logger LOG = LoggerFactory.getLogger(DeliveryWorker.class);
  static final int MAX_ATTEMPTS = 5;
  static final Duration FIRST_BACKOFF = Duration.ofSeconds(30);
  static final int IGNORED_BEFORE_CHECK_IN = 3;
  static final Duration CHECK_IN_PAUSE = Duration.ofDays(365);

  /** What became of one attempt. */
  enum Outcome {
    SENT,
    CHECK_IN_SENT,
    SKIPPED,
    RATE_LIMITED,
    RETRY,
    FAILED
  }

  private final Jdbi jdbi;
  private final Clock clock;
  private final MemberService members;
  private final Workspaces workspaces;
  private final DigestComposer composer;
  private final ChatGateway gateway;

  DeliveryWorker(
      Jdbi jdbi,
      Clock clock,
      MemberService members,
      Workspaces workspaces,
      DigestComposer composer,
      ChatGateway gateway) {
    this.jdbi = jdbi;
    this.clock = clock;
    this.members = members;
    this.workspaces = workspaces;
    this.composer = composer;
    this.gateway = gateway;
  }

  /** Delivers one row; a 429 is reported to {@code limiter} and the row waits its turn again. */
  Outcome deliver(OutboxDao.Claimed row, RateLimiter limiter) {
    Member member = members.get(row.memberId());
    Instant now = clock.instant();
    if (!member.isOptedIn()
        || member.isPausedAt(now)
        || !workspaces.isActive(member.identity().platform(), member.identity().workspaceId())) {
      end(row.id(), "SKIPPED", "member left, paused, or workspace uninstalled");
      return Outcome.SKIPPED;
    }
    boolean checkIn = ignoredTooOften(member);
    OutboundMessage message;
    if (checkIn) {
      message = CheckInMessage.render(member.language());
    } else {
      List<DigestEntry> entries = composer.compose(member, row.id());
      if (entries.isEmpty()) {
        end(row.id(), "SKIPPED", "nothing to send");
        return Outcome.SKIPPED;
      }
      message = DigestMessage.render(member, entries);
    }
    try {
      SentMessage sent = gateway.send(Recipient.person(member.identity()), message);
      limiter.succeeded();
      jdbi.useExtension(
          OutboxDao.class,
          dao ->
              dao.markSent(
                  row.id(), sent.messageId(), checkIn ? "CHECK_IN" : "DIGEST", clock.instant()));
      if (checkIn) {
        members.pauseUntilAnswered(member, clock.instant().plus(CHECK_IN_PAUSE));
        members.setIgnoredDigests(member, 0);
        return Outcome.CHECK_IN_SENT;
      }
      return Outcome.SENT;
    } catch (ChatDeliveryException e) {
      return failed(row, member, e, limiter);
    } catch (RuntimeException e) {
      LOG.error("Delivery {} failed unexpectedly", row.id(), e);
      return retryOrFail(row, e.getClass().getSimpleName());
    }
  }

  /**
   * Whether the member ignored {@value #IGNORED_BEFORE_CHECK_IN} digests in a row (no button, no
   * form since the last one). Counts this digest's predecessor as it goes.
   */
  private boolean ignoredTooOften(Member member) {
    OutboxDao.EngagementRow engagement =
        jdbi.withExtension(OutboxDao.class, dao -> dao.engagement(member.id()));
    if (engagement.lastSentAt() == null) {
      return false;
    }
    boolean reacted =
        engagement.lastReactionAt() != null
            && engagement.lastReactionAt().isAfter(engagement.lastSentAt());
    int ignored = reacted ? 0 : engagement.ignoredDigests() + 1;
    if (ignored != engagement.ignoredDigests()) {
      members.setIgnoredDigests(member, ignored);
    }
    return ignored >= IGNORED_BEFORE_CHECK_IN;
  }

  private Outcome failed(
      OutboxDao.Claimed row, Member member, ChatDeliveryException e, RateLimiter limiter) {
    switch (e.kind()) {
      case RATE_LIMITED -> {
        Duration wait = e.retryAfter().orElse(Duration.ofSeconds(1));
        limiter.rateLimited(wait);
        jdbi.useExtension(
            OutboxDao.class,
            dao ->
                dao.retryAt(
                    row.id(), clock.instant().plus(wait), "rate limited", 0, clock.instant()));
        return Outcome.RATE_LIMITED;
      }
      case TRANSIENT -> {
        return retryOrFail(row, e.reason());
      }
      case BLOCKED -> {
        LOG.info(
            "Member {} can no longer be reached ({}): marked as left", member.id(), e.reason());
        members.leave(member, e.reason());
        end(row.id(), "FAILED", "blocked: " + e.reason());
        return Outcome.FAILED;
      }
      default -> {
        LOG.warn("Delivery {} refused: {}", row.id(), e.reason());
        end(row.id(), "FAILED", e.reason());
        return Outcome.FAILED;
      }
    }
  }

  /** Exponential backoff with jitter: 30 s, 1 min, 2 min, 4 min, then failed. */
  private Outcome retryOrFail(OutboxDao.Claimed row, String reason) {
    int attempt = row.attempts() + 1;
    if (attempt >= MAX_ATTEMPTS) {
      end(row.id(), "FAILED", "gave up after " + attempt + " attempts: " + reason);
      return Outcome.FAILED;
    }
    long base = FIRST_BACKOFF.toMillis() << (attempt - 1);
    long jittered = base / 2 + ThreadLocalRandom.current().nextLong(base / 2 + 1);
    Instant when = clock.instant().plusMillis(jittered);
    jdbi.useExtension(
        OutboxDao.class, dao -> dao.retryAt(row.id(), when, reason, 1, clock.instant()));
    return Outcome.RETRY;
  }

  private void end(long id, String status, String reason) {
    jdbi.useExtension(OutboxDao.class, dao -> dao.markEnded(id, status, reason, clock.instant()));
  }
}
