package dev.sharewell.delivery;

import dev.sharewell.identity.Platform;
import java.time.Duration;
import java.util.Map;

/**
 * How the engine plans and sends: the planning rules, items per digest, messages per second per
 * platform and workspace, and the outbox's batch size and leases.
 */
public record DeliveryConfig(
    PlanningRules rules,
    int maxItems,
    Map<Platform, Double> perSecond,
    int batchSize,
    Duration rowLease,
    Duration workspaceLease) {

  public DeliveryConfig {
    perSecond = Map.copyOf(perSecond);
  }
}
