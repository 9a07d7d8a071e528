package dev.sharewell.app;

import dev.sharewell.audit.AuditLog;
import dev.sharewell.chat.ChatGateways;
import dev.sharewell.chat.Directory;
import dev.sharewell.content.ContentService;
import dev.sharewell.conversation.Conversation;
import dev.sharewell.conversation.ConversationServices;
import dev.sharewell.conversation.FlagService;
import dev.sharewell.conversation.InvitationService;
import dev.sharewell.delivery.DeliveryConfig;
import dev.sharewell.delivery.DeliveryService;
import dev.sharewell.delivery.PlanningRules;
import dev.sharewell.guidelines.Guidelines;
import dev.sharewell.identity.Platform;
import dev.sharewell.leaderboard.LeaderboardPoster;
import dev.sharewell.leaderboard.LeaderboardService;
import dev.sharewell.leaderboard.RollingWindow;
import dev.sharewell.leaderboard.Totals;
import dev.sharewell.links.ClickCounter;
import dev.sharewell.links.Redirects;
import dev.sharewell.links.Robots;
import dev.sharewell.links.TrackedLinks;
import dev.sharewell.member.MemberService;
import dev.sharewell.member.Workspaces;
import dev.sharewell.personalise.ItemOriginality;
import dev.sharewell.personalise.Prompts;
import dev.sharewell.privacy.Forgetting;
import dev.sharewell.privacy.PersonalData;
import dev.sharewell.privacy.TextRetention;
import dev.sharewell.reach.ReachService;
import dev.sharewell.share.ContentStats;
import dev.sharewell.share.Downloads;
import dev.sharewell.share.ShareExport;
import dev.sharewell.share.ShareService;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.IntConsumer;
import java.util.function.IntSupplier;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The core services, wired once and shared by both chat adapters. */
record CoreServices(
    AuditLog audit,
    MemberService members,
    Workspaces workspaces,
    ContentService content,
    ShareService shares,
    DeliveryService deliveries,
    LeaderboardService leaderboard,
    LeaderboardPoster poster,
    Downloads downloads,
    Conversation conversation,
    TextRetention retention,
    ClickCounter clicks,
    Redirects redirects,
    Clock clock) {
  private static final Logger LOG = LoggerFactory.getLogger(CoreServices.class);

  static CoreServices create(
      Jdbi jdbi,
      Clock clock,
      Settings settings,
      ChatGateways gateways,
      List<Directory> directories,
      AppRuntime runtime,
      MeterRegistry registry) {
    Executor background = runtime.background();
    AuditLog audit = new AuditLog(jdbi, clock);
    MemberService members = new MemberService(jdbi, clock, settings.admins(), audit);
    Workspaces workspaces = new Workspaces(jdbi, clock);
    Prompts prompts = new Prompts(jdbi, clock);
    ContentService content = new ContentService(jdbi, clock, settings.timeZone(), audit, prompts);
    ItemOriginality originality = new ItemOriginality(jdbi);
    ClickCounter clicks = new ClickCounter(jdbi, clock, settings.timeZone());
    TrackedLinks links = new TrackedLinks(jdbi, clock, settings.links());
    ShareService shares =
        new ShareService(
            jdbi, clock, content, settings.points(), new Totals(settings.timeZone()), originality);
    DeliveryService deliveries =
        DeliveryWiring.deliveries(
            deliveryConfig(settings),
            jdbi,
            clock,
            members,
            workspaces,
            content,
            prompts,
            links,
            gateways,
            runtime.background(),
            runtime.senders(),
            registry,
            audit);
    Map<Platform, String> commsChannels = new EnumMap<>(Platform.class);
    settings.commsChannel().ifPresent(channel -> commsChannels.put(Platform.SLACK, channel));
    LeaderboardService leaderboard =
        new LeaderboardService(
            jdbi, clock, settings.timeZone(), new RollingWindow(jdbi, settings.timeZone()));
    LeaderboardPoster poster =
        new LeaderboardPoster(
            jdbi,
            clock,
            settings.timeZone(),
            leaderboard,
            gateways,
            settings.leaderboardSchedule(),
            settings.leaderboardChannel(),
            audit);
    Conversation conversation =
        new Conversation(
            new ConversationServices(
                settings.organisation(),
                members,
                workspaces,
                content,
                shares,
                deliveries,
                leaderboard,
                Guidelines.load(settings.guidelinesFile()),
                new FlagService(gateways, members, commsChannels),
                new InvitationService(
                    members, deliveries, gateways, directories, background, audit),
                prompts,
                originality,
                poster,
                new ReachService(jdbi, settings.defaultNetworkSizes(), settings.brandFollowers()),
                new ContentStats(jdbi),
                new ShareExport(jdbi, settings.timeZone(), audit),
                new PersonalData(jdbi, clock),
                new Forgetting(jdbi, audit),
                audit,
                clock,
                settings.timeZone(),
                links));
    return new CoreServices(
        audit,
        members,
        workspaces,
        content,
        shares,
        deliveries,
        leaderboard,
        poster,
        new Downloads(jdbi, clock),
        conversation,
        new TextRetention(jdbi, clock, settings.timeZone(), settings.textRetentionDays()),
        clicks,
        new Redirects(jdbi, settings.links(), Robots.shipped(), clicks),
        clock);
  }

  /** What the ticker runs, in this order, on every tick. */
  List<Ticker.Job> scheduledJobs() {
    return List.of(
        counting("plan digests", deliveries::planDue, n -> LOG.info("Planned {} digests", n)),
        new Ticker.Job("send digests", deliveries::dispatchDue),
        counting(
            "post the weekly leaderboard",
            poster::postDue,
            n -> LOG.info("Posted the weekly leaderboard to {} channels", n)),
        new Ticker.Job("roll the last 30 days", leaderboard::keepCurrent),
        counting(
            "remove expired downloads",
            downloads::removeExpired,
            n -> LOG.debug("Removed {} expired downloads", n)),
        counting(
            "remove old share texts",
            retention::purgeDue,
            n -> LOG.info("Removed the texts of {} shares past their retention", n)));
  }

  /** A job that reports how much it did, and only when it did something. */
  private static Ticker.Job counting(String name, IntSupplier job, IntConsumer report) {
    return new Ticker.Job(
        name,
        () -> {
          int done = job.getAsInt();
          if (done > 0) {
            report.accept(done);
          }
        });
  }

  static DeliveryConfig deliveryConfig(Settings settings) {
    return new DeliveryConfig(
        new PlanningRules(
            settings.digestSchedule(),
            settings.timeZone(),
            settings.digestSpread(),
            settings.leaderLead(),
            Duration.ofDays(1),
            Duration.ofMinutes(5)),
        settings.digestMaxItems(),
        Map.of(
            Platform.SLACK,
            settings.slackMessagesPerMinute() / 60.0,
            Platform.TEAMS,
            (double) settings.teamsMessagesPerSecond()),
        50,
        Duration.ofSeconds(30),
        Duration.ofSeconds(30));
  }
}
