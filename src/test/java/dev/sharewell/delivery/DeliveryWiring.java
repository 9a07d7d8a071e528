package dev.sharewell.delivery;

import dev.sharewell.audit.AuditLog;
import dev.sharewell.chat.ChatGateway;
import dev.sharewell.content.ContentService;
import dev.sharewell.member.MemberService;
import dev.sharewell.member.Workspaces;
import dev.sharewell.personalise.Prompts;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.Executor;
import org.jdbi.v3.core.Jdbi;

/**
 * The engine's parts wired as the application's {@code CoreServices} wires them, for this package's
 * tests, which give their own database, clock, gateway and executors.
 */
final class DeliveryWiring {
  private DeliveryWiring() {}

  /**
   * @param background where dispatch loops run after "digest now"
   * @param senders where individual sends run, several at a time
   */
  static DeliveryService deliveries(
      DeliveryConfig config,
      Jdbi jdbi,
      Clock clock,
      MemberService members,
      Workspaces workspaces,
      ContentService content,
      Prompts prompts,
      ChatGateway gateway,
      Executor background,
      Executor senders,
      MeterRegistry registry,
      AuditLog audit) {
    WorkspaceLeases leases =
        new WorkspaceLeases(jdbi, clock, "instance-" + UUID.randomUUID(), config.workspaceLease());
    LeaseHeartbeat heartbeat = new LeaseHeartbeat(leases);
    SendPauses pauses = new SendPauses(jdbi);
    DeliveryMetrics metrics = new DeliveryMetrics(registry, new DeliveryCounts(jdbi));
    DeliveryWorker worker =
        new DeliveryWorker(
            jdbi,
            clock,
            members,
            new OutboxMessages(
                jdbi,
                clock,
                members,
                workspaces,
                new DigestComposer(jdbi, clock, content, prompts, config.maxItems())),
            gateway,
            metrics);
    Dispatcher dispatcher =
        new Dispatcher(
            jdbi,
            clock,
            leases,
            pauses,
            worker,
            senders,
            metrics,
            new Dispatcher.Limits(config.batchSize(), config.rowLease(), config.perSecond()));
    return new DeliveryService(
        jdbi, clock, config, dispatcher, pauses, heartbeat, background, audit);
  }
}
