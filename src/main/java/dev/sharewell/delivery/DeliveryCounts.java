package dev.sharewell.delivery;

import java.util.Map;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;

/**
 * How many deliveries the outbox holds in each state, all workspaces together: what {@link
 * DeliveryMetrics} reports. A read of the outbox of its own, so that the metrics need nothing of
 * the service whose dispatcher reports to them.
 */
public final class DeliveryCounts {
  private final Jdbi jdbi;

  public DeliveryCounts(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  Map<String, Integer> byState() {
    return jdbi.withExtension(OutboxDao.class, OutboxDao::countsAll).stream()
        .collect(Collectors.toMap(OutboxDao.StatusCount::status, OutboxDao.StatusCount::count));
  }
}
