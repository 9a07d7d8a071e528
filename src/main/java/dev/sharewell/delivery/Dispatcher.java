package dev.sharewell.delivery;

import dev.sharewell.member.Platform;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends what is due, one workspace at a time per instance: take the workspace's lease, claim a
 * small batch of due rows ({@code FOR UPDATE SKIP LOCKED}, marked sending with a lease of their
 * own), send them through the rate limiter, repeat until nothing is due, renewing the lease as it
 * goes. A row whose lease ran out (its sender died) is claimed again.
 */
final class Dispatcher {
  private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);

  /** Dispatch settings: the batch size, how long a claimed row is reserved, send rates. */
  record Limits(int batchSize, Duration rowLease, Map<Platform, Double> perSecond) {}

  private final Jdbi jdbi;
  private final Clock clock;
  private final WorkspaceLeases leases;
  private final DeliveryWorker worker;
  private final Executor senders;
  private final RateLimiter.Ticker ticker;
  private final DeliveryMetrics metrics;
  private final Limits limits;
  private final Map<OutboxDao.WorkspaceKey, RateLimiter> limiters = new ConcurrentHashMap<>();
  private final Set<OutboxDao.WorkspaceKey> running = ConcurrentHashMap.newKeySet();

  Dispatcher(
      Jdbi jdbi,
      Clock clock,
      WorkspaceLeases leases,
      DeliveryWorker worker,
      Executor senders,
      RateLimiter.Ticker ticker,
      DeliveryMetrics metrics,
      Limits limits) {
    this.jdbi = jdbi;
    this.clock = clock;
    this.leases = leases;
    this.worker = worker;
    this.senders = senders;
    this.ticker = ticker;
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
    RateLimiter limiter =
        limiters.computeIfAbsent(
            workspace,
            k -> new RateLimiter(limits.perSecond().getOrDefault(k.platform(), 5.0), ticker));
    Instant renewAt = clock.instant().plus(leases.length().dividedBy(3));
    while (true) {
      if (!clock.instant().isBefore(renewAt)) {
        if (!leases.acquire(workspace.platform(), workspace.workspaceId())) {
          LOG.warn("Lost the dispatch lease of a workspace; another instance continues");
          return;
        }
        renewAt = clock.instant().plus(leases.length().dividedBy(3));
      }
      List<OutboxDao.Claimed> batch = claim(workspace);
      if (batch.isEmpty()) {
        return;
      }
      send(workspace.platform(), batch, limiter);
    }
  }

  List<OutboxDao.Claimed> claim(OutboxDao.WorkspaceKey workspace) {
    Instant now = clock.instant();
    return jdbi.inTransaction(
        handle -> {
          OutboxDao dao = handle.attach(OutboxDao.class);
          List<Long> ids =
              new java.util.ArrayList<>(
                  dao.lockAbandoned(
                      workspace.platform(), workspace.workspaceId(), now, limits.batchSize()));
          if (ids.size() < limits.batchSize()) {
            ids.addAll(
                dao.lockDuePlanned(
                    workspace.platform(),
                    workspace.workspaceId(),
                    now,
                    limits.batchSize() - ids.size()));
          }
          if (ids.isEmpty()) {
            return List.of();
          }
          dao.markSending(ids, now.plus(limits.rowLease()), now);
          return dao.claimed(ids);
        });
  }

  private void send(Platform platform, List<OutboxDao.Claimed> batch, RateLimiter limiter) {
    CountDownLatch done = new CountDownLatch(batch.size());
    for (OutboxDao.Claimed row : batch) {
      senders.execute(
          () -> {
            try {
              metrics.waited(platform, limiter.acquire());
              metrics.outcome(platform, worker.deliver(row, limiter));
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
}
