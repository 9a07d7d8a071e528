package dev.sharewell.delivery;

import dev.sharewell.identity.Platform;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends what is due, one workspace at a time per instance: take the workspace's lease (kept alive
 * by {@link LeaseHeartbeat}), claim a small batch of due rows ({@code FOR UPDATE SKIP LOCKED},
 * marked sending with a lease of their own), send them through the workspace's throttle, repeat
 * until nothing is due or the platform asked to wait. A row whose lease ran out (its sender died)
 * is claimed again. While a workspace is paused after a 429, its claimed rows go back to the queue
 * for the end of the pause instead of waiting in a sleeping thread.
 */
public final class Dispatcher {
  private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);

  /** A batch holds at most this much sending at the workspace's current rate. */
  static final Duration BATCH_TIME = Duration.ofSeconds(10);

  /** Dispatch settings: the batch size, how long a claimed row is reserved, send rates. */
  public record Limits(int batchSize, Duration rowLease, Map<Platform, Double> perSecond) {}

  private final Jdbi jdbi;
  private final Clock clock;
  private final WorkspaceLeases leases;
  private final SendPauses pauses;
  private final DeliveryWorker worker;
  private final Executor senders;
  private final DeliveryMetrics metrics;
  private final Limits limits;
  private final Map<OutboxDao.WorkspaceKey, WorkspaceThrottle> throttles =
      new ConcurrentHashMap<>();
  private final Set<OutboxDao.WorkspaceKey> running = ConcurrentHashMap.newKeySet();

  public Dispatcher(
      Jdbi jdbi,
      Clock clock,
      WorkspaceLeases leases,
      SendPauses pauses,
      DeliveryWorker worker,
      Executor senders,
      DeliveryMetrics metrics,
      Limits limits) {
    this.jdbi = jdbi;
    this.clock = clock;
    this.leases = leases;
    this.pauses = pauses;
    this.worker = worker;
    this.senders = senders;
    this.metrics = metrics;
    this.limits = limits;
  }

  /** Dispatches every workspace with due work that no other instance is dispatching. */
  void dispatchDue() {
    for (OutboxDao.WorkspaceKey workspace :
        jdbi.withExtension(OutboxDao.class, dao -> dao.workspacesWithDueWork(clock.instant()))) {
      dispatch(workspace);
    }
  }

  void dispatch(OutboxDao.WorkspaceKey workspace) {
    if (!running.add(workspace)) {
      return;
    }
    try {
      if (!leases.acquire(workspace.platform(), workspace.workspaceId())) {
        return;
      }
      try {
        drain(workspace);
      } finally {
        leases.release(workspace.platform(), workspace.workspaceId());
      }
    } catch (RuntimeException e) {
      LOG.error("Dispatching a workspace failed; it is retried on the next tick", e);
    } finally {
      running.remove(workspace);
    }
  }

  private void drain(OutboxDao.WorkspaceKey workspace) {
    WorkspaceThrottle throttle = throttle(workspace);
    // Interrupted: the app is stopping and its time is up; claim nothing more.
    while (holds(workspace) && !Thread.currentThread().isInterrupted()) {
      if (throttle.refresh(clock.instant()).isPresent()) {
        return;
      }
      List<OutboxDao.Claimed> batch = claim(workspace, batchSize(throttle));
      if (batch.isEmpty()) {
        return;
      }
      send(workspace, batch, throttle);
    }
    LOG.warn("Stopped dispatching a workspace whose lease could not be renewed");
  }

  private WorkspaceThrottle throttle(OutboxDao.WorkspaceKey workspace) {
    return throttles.computeIfAbsent(
        workspace,
        key ->
            new WorkspaceThrottle(
                key,
                new RateLimiter(
                    limits.perSecond().getOrDefault(key.platform(), 5.0),
                    RateLimiter.Ticker.SYSTEM),
                pauses));
  }

  /** Small enough that its last row waits at most {@link #BATCH_TIME} for its turn. */
  private int batchSize(WorkspaceThrottle throttle) {
    double fits = throttle.currentRate() * BATCH_TIME.toSeconds();
    return (int) Math.max(1, Math.min(limits.batchSize(), fits));
  }

  List<OutboxDao.Claimed> claim(OutboxDao.WorkspaceKey workspace, int size) {
    Instant now = clock.instant();
    return jdbi.inTransaction(
        handle -> {
          OutboxDao dao = handle.attach(OutboxDao.class);
          List<Long> abandoned =
              dao.lockAbandoned(workspace.platform(), workspace.workspaceId(), now, size);
          List<Long> ids = new ArrayList<>(abandoned);
          if (ids.size() < size) {
            ids.addAll(
                dao.lockDuePlanned(
                    workspace.platform(), workspace.workspaceId(), now, size - ids.size()));
          }
          if (ids.isEmpty()) {
            return List.of();
          }
          dao.markSending(ids, now.plus(limits.rowLease()), now);
          return dao.claimed(ids).stream()
              .map(row -> abandoned.contains(row.id()) ? row.asAbandoned() : row)
              .toList();
        });
  }

  private void send(
      OutboxDao.WorkspaceKey workspace, List<OutboxDao.Claimed> batch, WorkspaceThrottle throttle) {
    CountDownLatch done = new CountDownLatch(batch.size());
    for (OutboxDao.Claimed row : batch) {
      senders.execute(
          () -> {
            try {
              metrics.outcome(workspace.platform(), sendOne(workspace, row, throttle));
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
              LOG.error(
                  "Delivery {} failed unexpectedly; its lease will run out and it is retried",
                  row.id(),
                  e);
            } finally {
              done.countDown();
            }
          });
    }
    try {
      done.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Sends one claimed row unless the workspace is paused (then it goes back to the queue for the
   * end of the pause) or this instance lost the workspace (then it is left to the new holder).
   */
  private DeliveryWorker.Outcome sendOne(
      OutboxDao.WorkspaceKey workspace, OutboxDao.Claimed row, WorkspaceThrottle throttle)
      throws InterruptedException {
    Optional<Instant> pause = throttle.pausedAt(clock.instant());
    if (pause.isEmpty() && holds(workspace)) {
      metrics.waited(workspace.platform(), throttle.acquire());
      // A 429 may have come for another row while this one waited for its turn.
      pause = throttle.pausedAt(clock.instant());
    }
    if (pause.isPresent()) {
      return worker.defer(row, pause.get());
    }
    if (!holds(workspace)) {
      return DeliveryWorker.Outcome.LEFT;
    }
    return worker.deliver(row, throttle);
  }

  private boolean holds(OutboxDao.WorkspaceKey workspace) {
    return leases.holds(workspace.platform(), workspace.workspaceId());
  }
}
