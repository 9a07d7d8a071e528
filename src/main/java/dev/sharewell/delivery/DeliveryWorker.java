package dev.sharewell.delivery;

import dev.sharewell.chat.ChatDeliveryException;
import dev.sharewell.chat.ChatGateway;
import dev.sharewell.chat.DeliveryCheck;
import dev.sharewell.chat.SentMessage;
import dev.sharewell.member.MemberService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers one claimed row and records the outcome; failures are recorded, never thrown. A row
 * whose earlier send has an unknown outcome (or whose sender died) is first looked for on the
 * platform: found, it is recorded as sent; absent, it is sent again; where nobody can tell, it is
 * recorded as UNKNOWN and never sent again.
 */
public final class DeliveryWorker {
  private static final Logger LOG = LoggerFactory.getLogger(DeliveryWorker.class);
  static final int MAX_ATTEMPTS = 5;
  static final Duration FIRST_BACKOFF = Duration.ofSeconds(30);

  /** What became of one attempt. */
  enum Outcome {
    SENT,
    CHECK_IN_SENT,
    /** An earlier send whose outcome was unknown was found on the platform. */
    CONFIRMED,
    SKIPPED,
    RATE_LIMITED,
    /** Not sent: the workspace is paused after a 429; back in the queue for the pause's end. */
    DEFERRED,
    RETRY,
    /** Outcome unknown; the platform is asked before any new attempt. */
    UNCONFIRMED,
    /** Outcome unknown, and nobody can tell: recorded, never sent again. */
    UNKNOWN,
    FAILED,
    /** Not sent: this instance lost the workspace's lease; the new holder sends it. */
    LEFT
  }

  private final Clock clock;
  private final MemberService members;
  private final OutboxRecords records;
  private final OutboxMessages messages;
  private final ChatGateway gateway;
  private final DeliveryMetrics metrics;

  public DeliveryWorker(
      Jdbi jdbi,
      Clock clock,
      MemberService members,
      OutboxMessages messages,
      ChatGateway gateway,
      DeliveryMetrics metrics) {
    this.clock = clock;
    this.members = members;
    this.records = new OutboxRecords(jdbi, clock, members);
    this.messages = messages;
    this.gateway = gateway;
    this.metrics = metrics;
  }

  /** Delivers one row; a 429 pauses the workspace through {@code throttle}. */
  Outcome deliver(OutboxDao.Claimed row, WorkspaceThrottle throttle) {
    if (row.unconfirmedAt() != null || row.abandoned()) {
      Outcome found = lookFor(row);
      if (found != null) {
        return found;
      }
    }
    OutboxMessages.Prepared prepared = messages.prepare(row);
    if (prepared instanceof OutboxMessages.Skip skip) {
      records.end(row, "SKIPPED", skip.reason());
      return Outcome.SKIPPED;
    }
    OutboxMessages.Letter letter = (OutboxMessages.Letter) prepared;
    try {
      SentMessage sent = gateway.send(letter.recipient(), letter.message(), key(row));
      throttle.succeeded();
      return records.sent(row, letter.kind(), sent);
    } catch (ChatDeliveryException e) {
      return failed(row, letter, e, throttle);
    } catch (RuntimeException e) {
      LOG.error("Delivery {} failed unexpectedly", row.id(), e);
      return retryOrFail(row, e.getClass().getSimpleName());
    }
  }

  /** Puts a row back in the queue, untried, for when the workspace's pause ends. */
  Outcome defer(OutboxDao.Claimed row, Instant until) {
    records.retryAt(row, until, "rate limited", false);
    return Outcome.DEFERRED;
  }

  /**
   * Asks the platform whether an earlier send of this row arrived. Returns the outcome when that
   * settles the row, or null when it is to be sent (again).
   */
  private Outcome lookFor(OutboxDao.Claimed row) {
    boolean unknown = row.unconfirmedAt() != null;
    if (!unknown && !gateway.canFindDelivered(row.platform())) {
      // A sender died holding the row: sending it is what was done before there were lookups.
      return null;
    }
    DeliveryCheck check = gateway.findDelivered(messages.recipientOf(row), key(row));
    switch (check.result()) {
      case DELIVERED -> {
        LOG.info("Delivery {} had arrived after all: recorded as sent", row.id());
        records.sent(row, row.kind(), check.message().orElseThrow());
        return Outcome.CONFIRMED;
      }
      case NOT_DELIVERED -> {
        return null;
      }
      default -> {
        if (!unknown) {
          return null;
        }
        LOG.warn(
            "Delivery {}: the platform cannot tell whether it arrived; recorded as unknown, not"
                + " sent again",
            row.id());
        records.unknown(row, row.kind(), "outcome unknown, and the platform cannot tell");
        return Outcome.UNKNOWN;
      }
    }
  }

  private Outcome failed(
      OutboxDao.Claimed row,
      OutboxMessages.Letter letter,
      ChatDeliveryException e,
      WorkspaceThrottle throttle) {
    switch (e.kind()) {
      case RATE_LIMITED -> {
        Instant until =
            throttle.rateLimited(clock.instant(), e.retryAfter().orElse(Duration.ofSeconds(1)));
        defer(row, until);
        return Outcome.RATE_LIMITED;
      }
      case TRANSIENT -> {
        return retryOrFail(row, e.reason());
      }
      case UNKNOWN -> {
        return unconfirmed(row, letter.kind(), e.reason());
      }
      case BLOCKED -> {
        letter
            .member()
            .ifPresent(
                member -> {
                  LOG.info(
                      "Member {} can no longer be reached ({}): marked as left",
                      member.id(),
                      e.reason());
                  members.leave(member, e.reason());
                });
        records.end(row, "FAILED", "blocked: " + e.reason());
        return Outcome.FAILED;
      }
      default -> {
        LOG.warn("Delivery {} refused: {}", row.id(), e.reason());
        records.end(row, "FAILED", e.reason());
        return Outcome.FAILED;
      }
    }
  }

  /**
   * The send's outcome is unknown: where the platform can be asked, the row waits its back-off and
   * is looked for before anything is sent again; elsewhere it is recorded as unknown at once.
   */
  private Outcome unconfirmed(OutboxDao.Claimed row, String kind, String reason) {
    metrics.unknownOutcome(row.platform());
    int attempt = row.attempts() + 1;
    if (!gateway.canFindDelivered(row.platform()) || attempt >= MAX_ATTEMPTS) {
      LOG.warn(
          "Delivery {}: no answer says whether it arrived ({}); recorded as unknown, not sent"
              + " again",
          row.id(),
          reason);
      records.unknown(row, kind, "outcome unknown: " + reason);
      return Outcome.UNKNOWN;
    }
    LOG.info(
        "Delivery {}: no answer says whether it arrived ({}); it is looked for before any new"
            + " attempt",
        row.id(),
        reason);
    records.unconfirmed(row, kind, backoff(attempt), "outcome unknown: " + reason);
    return Outcome.UNCONFIRMED;
  }

  /** Exponential backoff with jitter: 30 s, 1 min, 2 min, 4 min, then failed. */
  private Outcome retryOrFail(OutboxDao.Claimed row, String reason) {
    int attempt = row.attempts() + 1;
    if (attempt >= MAX_ATTEMPTS) {
      if (row.unconfirmedAt() != null) {
        // An earlier attempt may have arrived: failing it would claim it did not.
        records.unknown(row, row.kind(), "gave up after " + attempt + " attempts: " + reason);
        return Outcome.UNKNOWN;
      }
      records.end(row, "FAILED", "gave up after " + attempt + " attempts: " + reason);
      return Outcome.FAILED;
    }
    records.retryAt(row, backoff(attempt), reason, true);
    return Outcome.RETRY;
  }

  private Instant backoff(int attempt) {
    long base = FIRST_BACKOFF.toMillis() << (attempt - 1);
    long jittered = base / 2 + ThreadLocalRandom.current().nextLong(base / 2 + 1);
    return clock.instant().plusMillis(jittered);
  }

  /** The id a message carries on platforms that can find it again. */
  private static String key(OutboxDao.Claimed row) {
    return Long.toString(row.id());
  }
}
