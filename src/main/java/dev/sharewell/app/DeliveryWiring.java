package dev.sharewell.app;

import dev.sharewell.audit.AuditLog;
import dev.sharewell.chat.ChatGateway;
import dev.sharewell.content.ContentService;
import dev.sharewell.delivery.DeliveryConfig;
import dev.sharewell.delivery.DeliveryCounts;
import dev.sharewell.delivery.DeliveryMetrics;
import dev.sharewell.delivery.DeliveryService;
import dev.sharewell.delivery.DeliveryWorker;
import dev.sharewell.delivery.DigestComposer;
import dev.sharewell.delivery.Dispatcher;
import dev.sharewell.delivery.LeaseHeartbeat;
import dev.sharewell.delivery.OutboxMessages;
import dev.sharewell.delivery.SendPauses;
import dev.sharewell.delivery.WorkspaceLeases;
import dev.sharewell.links.TrackedLinks;
import dev.sharewell.member.MemberService;
import dev.sharewell.member.Workspaces;
import dev.sharewell.personalise.Prompts;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.Executor;
import org.jdbi.v3.core.Jdbi;

/**
 * The delivery engine's parts, each made once: leases and their heartbeat, send pauses, metrics,
 * the composer, the worker, the dispatcher and the service over them. {@link CoreServices} calls it
 * with the application's executors; the delivery tests with their own database, clock and gateway.
 */
public final class DeliveryWiring {
  private DeliveryWiring() {}

  /**
   * @param background where dispatch loops run after "digest now"
   * @param senders where individual sends run, several at a time
   */
  public static DeliveryService deliveries(
      DeliveryConfig config,
      Jdbi jdbi,
      Clock clock,
      MemberService members,
      Workspaces workspaces,
      ContentService content,
      Prompts prompts,
      TrackedLinks links,
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
                new DigestComposer(jdbi, clock, content, prompts, links, config.maxItems())),
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
