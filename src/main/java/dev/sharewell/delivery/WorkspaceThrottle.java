package dev.sharewell.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How fast one workspace may be sent to: its rate limiter, and the pause the platform asked for
 * with a 429. The pause is stored ({@link SendPauses}) for every instance, read again before each
 * batch and checked before each send, so no sender sleeps through it while holding claimed rows.
 */
final class WorkspaceThrottle {
  private static final Logger LOG = LoggerFactory.getLogger(WorkspaceThrottle.class);

  /** The longest wait that is routine; a longer Retry-After pauses the workspace with a warning. */
  static final Duration RETRY_AFTER_CAP = Duration.ofMinutes(15);

  private final OutboxDao.WorkspaceKey workspace;
  private final RateLimiter limiter;
  private final SendPauses pauses;
  private Instant pausedUntil = Instant.EPOCH;

  WorkspaceThrottle(OutboxDao.WorkspaceKey workspace, RateLimiter limiter, SendPauses pauses) {
    this.workspace = workspace;
    this.limiter = limiter;
    this.pauses = pauses;
  }

  /** Waits for the limiter's next slot (short: a batch is sized to the rate); returns the wait. */
  Duration acquire() throws InterruptedException {
    return limiter.acquire();
  }

  void succeeded() {
    limiter.succeeded();
  }

  /** Until when sending is paused, if it is paused at {@code now}, as this instance knows. */
  synchronized Optional<Instant> pausedAt(Instant now) {
    return pausedUntil.isAfter(now) ? Optional.of(pausedUntil) : Optional.empty();
  }

  /** As {@link #pausedAt}, after reading the stored pause another instance may have set. */
  Optional<Instant> refresh(Instant now) {
    Optional<Instant> stored = pauses.pausedAt(workspace.platform(), workspace.workspaceId(), now);
    synchronized (this) {
      stored.filter(pausedUntil::isBefore).ifPresent(until -> pausedUntil = until);
    }
    return pausedAt(now);
  }

  /**
   * The platform answered 429 with {@code wait}: sending to the workspace pauses that long on every
   * instance, and resumes slower. Returns when the pause ends.
   */
  Instant rateLimited(Instant now, Duration wait) {
    Instant until = now.plus(wait);
    boolean began;
    synchronized (this) {
      began = !pausedUntil.isAfter(now);
      if (until.isAfter(pausedUntil)) {
        pausedUntil = until;
      }
    }
    pauses.pause(workspace.platform(), workspace.workspaceId(), until);
    if (began) {
      // Once per pause: the sends that were under way when it began get their 429s too.
      limiter.slowDown();
      if (wait.compareTo(RETRY_AFTER_CAP) > 0) {
        LOG.warn(
            "{} asked Sharewell to wait {} s before sending more to workspace {}, longer than the"
                + " {} min cap of a routine wait: sending there is paused until {}; its messages"
                + " wait in the queue",
            workspace.platform().key(),
            wait.toSeconds(),
            workspace.workspaceId(),
            RETRY_AFTER_CAP.toMinutes(),
            until);
      }
    }
    return until;
  }

  double currentRate() {
    return limiter.currentRate();
  }
}
