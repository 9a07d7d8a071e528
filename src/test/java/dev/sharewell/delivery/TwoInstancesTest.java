package dev.sharewell.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sharewell.app.DeliveryWiring;
import dev.sharewell.audit.AuditLog;
import dev.sharewell.content.ContentDraft;
import dev.sharewell.content.ContentService;
import dev.sharewell.identity.Platform;
import dev.sharewell.identity.PlatformUser;
import dev.sharewell.identity.Profile;
import dev.sharewell.links.LinkSettings;
import dev.sharewell.links.TrackedLinks;
import dev.sharewell.member.Member;
import dev.sharewell.member.MemberService;
import dev.sharewell.member.Workspaces;
import dev.sharewell.personalise.Prompts;
import dev.sharewell.store.Database;
import dev.sharewell.testing.DbEngine;
import dev.sharewell.testing.FakeGateway;
import dev.sharewell.testing.TestDatabase;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * Two instances on one PostgreSQL database dispatch at the same time: every digest goes out once,
 * and the workspace's rate limit holds for both together.
 */
@EnabledIfEnvironmentVariable(named = DbEngine.POSTGRES_URL_VARIABLE, matches = ".+")
class TwoInstancesTest {
  private static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");
  private static final double RATE = 100;
  private static final int MEMBERS = 600;

  @Test
  void two_dispatchers_deliver_each_digest_once_within_the_rate_limit() throws Exception {
    Clock clock = Clock.systemUTC();
    FakeGateway slack = new FakeGateway(Platform.SLACK);
    DeliveryConfig config =
        new DeliveryConfig(
            DeliveryServiceTest.CONFIG.rules(),
            3,
            Map.of(Platform.SLACK, RATE),
            20,
            Duration.ofSeconds(30),
            Duration.ofSeconds(30));
    ExecutorService pool = Executors.newFixedThreadPool(10);
    try (TestDatabase db = TestDatabase.open(DbEngine.POSTGRES);
        Database second = Database.open(db.settings())) {
      AuditLog audit = new AuditLog(db.jdbi(), clock);
      MemberService members =
          new MemberService(db.jdbi(), clock, Set.of("slack:T1/UCOMMS", "slack:T2/UCOMMS"), audit);
      Member comms =
          members.identify(new PlatformUser(Platform.SLACK, "T1", "UCOMMS"), Profile.unknown());
      new ContentService(db.jdbi(), clock, CPH, audit, new Prompts(db.jdbi(), clock))
          .add(
              comms,
              new ContentDraft(
                  "Launch", "https://example.com/launch", null, null, null, null, null, null));
      for (int i = 0; i < MEMBERS; i++) {
        String workspace = i % 2 == 0 ? "T1" : "T2";
        members.join(
            members.identify(
                new PlatformUser(Platform.SLACK, workspace, "U" + i), Profile.unknown()));
      }
      ExecutorService sendersA = Executors.newFixedThreadPool(4, r -> new Thread(r, "instance-a"));
      ExecutorService sendersB = Executors.newFixedThreadPool(4, r -> new Thread(r, "instance-b"));
      try {
        DeliveryService a = engine(config, db.database(), clock, slack, pool, sendersA);
        DeliveryService b = engine(config, second, clock, slack, pool, sendersB);
        // "digest now" reaches the comms person's own workspace: one for each.
        Member commsOfT2 =
            members.identify(new PlatformUser(Platform.SLACK, "T2", "UCOMMS"), Profile.unknown());
        assertThat(a.sendNow(comms)).isEqualTo(MEMBERS / 2);
        assertThat(b.sendNow(commsOfT2)).isEqualTo(MEMBERS / 2);

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (slack.sent().size() < MEMBERS && System.nanoTime() < deadline) {
          CompletableFuture.allOf(
                  CompletableFuture.runAsync(a::dispatchDue, pool),
                  CompletableFuture.runAsync(b::dispatchDue, pool))
              .get(60, TimeUnit.SECONDS);
        }
      } finally {
        sendersA.shutdown();
        sendersB.shutdown();
        sendersA.awaitTermination(30, TimeUnit.SECONDS);
        sendersB.awaitTermination(30, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdown();
      pool.awaitTermination(30, TimeUnit.SECONDS);
    }

    Map<String, Long> perMember =
        slack.sent().stream()
            .collect(Collectors.groupingBy(FakeGateway.Sent::userId, Collectors.counting()));
    assertThat(perMember.size()).isEqualTo(MEMBERS);
    assertThat(perMember.values()).allMatch(count -> count == 1);
    for (String workspace : List.of("T1", "T2")) {
      List<FakeGateway.Sent> sentThere =
          slack.sent().stream().filter(s -> s.recipient().workspaceId().equals(workspace)).toList();
      assertThat(sentThere.size()).isEqualTo(MEMBERS / 2);
      assertThat(maxInAnySecond(sentThere))
          .as("%s: at most one second's burst plus one second's rate", workspace)
          .isLessThanOrEqualTo((int) (2 * RATE));
      long[] times = sentThere.stream().mapToLong(FakeGateway.Sent::nanos).sorted().toArray();
      double seconds = (times[times.length - 1] - times[0]) / 1e9;
      assertThat(seconds)
          .as("%s: %d sends at %s/s after a burst of %s", workspace, MEMBERS / 2, RATE, RATE)
          .isGreaterThanOrEqualTo((MEMBERS / 2 - RATE) / RATE * 0.9);
    }
  }

  private static DeliveryService engine(
      DeliveryConfig config,
      Database database,
      Clock clock,
      FakeGateway gateway,
      ExecutorService background,
      ExecutorService senders) {
    AuditLog audit = new AuditLog(database.jdbi(), clock);
    MemberService members = new MemberService(database.jdbi(), clock, Set.of(), audit);
    return DeliveryWiring.deliveries(
        config,
        database.jdbi(),
        clock,
        members,
        new Workspaces(database.jdbi(), clock),
        new ContentService(database.jdbi(), clock, CPH, audit, new Prompts(database.jdbi(), clock)),
        new Prompts(database.jdbi(), clock),
        new TrackedLinks(database.jdbi(), clock, LinkSettings.untracked()),
        gateway,
        background,
        senders,
        new SimpleMeterRegistry(),
        audit);
  }

  private static int maxInAnySecond(List<FakeGateway.Sent> sent) {
    long[] times = sent.stream().mapToLong(FakeGateway.Sent::nanos).sorted().toArray();
    int max = 0;
    int start = 0;
    for (int end = 0; end < times.length; end++) {
      while (times[end] - times[start] >= 1_000_000_000L) {
        start++;
      }
      max = Math.max(max, end - start + 1);
    }
    return max;
  }
}
