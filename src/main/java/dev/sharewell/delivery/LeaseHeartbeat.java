package dev.sharewell.delivery;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Renews the workspace leases this instance holds, every third of a lease, on a thread of its own:
 * a dispatcher busy with a slow platform, or a sender waiting its turn, never lets a lease run out
 * while its instance lives. It beats only while a lease is held, and its thread ends when idle.
 */
public final class LeaseHeartbeat implements AutoCloseable {
  private final WorkspaceLeases leases;
  private final Duration period;
  private final ScheduledThreadPoolExecutor timer;
  private ScheduledFuture<?> beat;

  public LeaseHeartbeat(WorkspaceLeases leases) {
    this.leases = leases;
    this.period = leases.length().dividedBy(3);
    this.timer =
        new ScheduledThreadPoolExecutor(
            1,
            runnable -> {
              Thread thread = new Thread(runnable, "sharewell-lease-heartbeat");
              thread.setDaemon(true);
              return thread;
            });
    timer.setKeepAliveTime(30, TimeUnit.SECONDS);
    timer.allowCoreThreadTimeOut(true);
    timer.setRemoveOnCancelPolicy(true);
    leases.onAcquired(this::start);
  }

  /** Starts beating unless it already does. */
  synchronized void start() {
    if (beat == null && !timer.isShutdown()) {
      beat =
          timer.scheduleWithFixedDelay(
              this::beat, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  private void beat() {
    leases.renewHeld();
    if (!leases.holdsAny()) {
      stopIfIdle();
    }
  }

  private synchronized void stopIfIdle() {
    if (beat != null && !leases.holdsAny()) {
      beat.cancel(false);
      beat = null;
    }
  }

  @Override
  public synchronized void close() {
    timer.shutdownNow();
    beat = null;
  }
}
