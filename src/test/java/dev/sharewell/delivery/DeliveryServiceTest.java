package dev.sharewell.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.util.concurrent.MoreExecutors;
import dev.sharewell.app.DeliveryWiring;
import dev.sharewell.audit.AuditLog;
import dev.sharewell.chat.Block;
import dev.sharewell.chat.ChatDeliveryException;
import dev.sharewell.chat.ChatDeliveryException.Kind;
import dev.sharewell.common.WeeklyTime;
import dev.sharewell.content.ContentDraft;
import dev.sharewell.content.ContentService;
import dev.sharewell.identity.Platform;
import dev.sharewell.identity.PlatformUser;
import dev.sharewell.identity.Profile;
import dev.sharewell.links.LinkSettings;
import dev.sharewell.links.TrackedLinks;
import dev.sharewell.member.Member;
import dev.sharewell.member.MemberService;
import dev.sharewell.member.Role;
import dev.sharewell.member.Workspaces;
import dev.sharewell.personalise.Prompts;
import dev.sharewell.testing.DbEngine;
import dev.sharewell.testing.FakeGateway;
import dev.sharewell.testing.Rows;
import dev.sharewell.testing.TestClock;
import dev.sharewell.testing.TestDatabase;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/** The outbox on a real database: planning, claiming, sending, retries, leases. */
@ParameterizedClass
@MethodSource("dev.sharewell.testing.DbEngine#available")
class DeliveryServiceTest {
  static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");
  static final DeliveryConfig CONFIG =
      new DeliveryConfig(
          new PlanningRules(
              new WeeklyTime(DayOfWeek.MONDAY, LocalTime.of(9, 0)),
              CPH,
              Duration.ZERO,
              Duration.ofDays(1),
              Duration.ofDays(1),
              Duration.ofMinutes(5)),
          3,
          Map.of(Platform.SLACK, 1000.0),
          50,
          Duration.ofSeconds(30),
          Duration.ofSeconds(30));

  @Parameter DbEngine engine;

  TestDatabase db;
  // Monday 2026-11-23 07:58 UTC: two minutes before the 09:00 Copenhagen digest.
  final TestClock clock = new TestClock(Instant.parse("2026-11-23T07:58:00Z"));
  final FakeGateway slack = new FakeGateway(Platform.SLACK);
  MemberService members;
  ContentService content;
  DeliveryService deliveries;
  Member comms;

  @BeforeEach
  void open() {
    db = TestDatabase.open(engine);
    AuditLog audit = new AuditLog(db.jdbi(), clock);
    members = new MemberService(db.jdbi(), clock, Set.of("slack:T1/UCOMMS"), audit);
    content = new ContentService(db.jdbi(), clock, CPH, audit, new Prompts(db.jdbi(), clock));
    deliveries = engine(db, clock, slack);
    comms = members.identify(new PlatformUser(Platform.SLACK, "T1", "UCOMMS"), Profile.unknown());
    content.add(
        comms,
        new ContentDraft(
            "Launch", "https://example.com/launch", null, null, null, null, "One\nTwo", null));
  }

  DeliveryService engine(TestDatabase database, TestClock time, FakeGateway gateway) {
    AuditLog audit = new AuditLog(database.jdbi(), time);
    MemberService m = new MemberService(database.jdbi(), time, Set.of(), audit);
    return DeliveryWiring.deliveries(
        CONFIG,
        database.jdbi(),
        time,
        m,
        new Workspaces(database.jdbi(), time),
        new ContentService(database.jdbi(), time, CPH, audit, new Prompts(database.jdbi(), time)),
        new Prompts(database.jdbi(), time),
        new TrackedLinks(database.jdbi(), time, LinkSettings.untracked()),
        gateway,
        MoreExecutors.directExecutor(),
        MoreExecutors.directExecutor(),
        new SimpleMeterRegistry(),
        audit);
  }

  @AfterEach
  void close() {
    db.close();
  }

  Member joined(String userId) {
    Member member =
        members.identify(new PlatformUser(Platform.SLACK, "T1", userId), Profile.unknown());
    members.join(member);
    return members.get(member.id());
  }

  String status(String userId) {
    return db.jdbi()
        .withHandle(
            h ->
                h.select(
                        "SELECT d.status FROM deliveries d JOIN members m ON m.id = d.member_id WHERE m.user_id = ? ORDER BY d.id DESC",
                        userId)
                    .mapTo(String.class)
                    .findFirst()
                    .orElse("none"));
  }

  @Test
  void due_digests_are_planned_once_and_sent_once() {
    joined("UALICE");
    joined("UBOB");

    assertThat(deliveries.planDue()).isEqualTo(2);
    assertThat(deliveries.planDue()).as("planning twice plans nothing new").isZero();
    deliveries.dispatchDue();
    assertThat(slack.sent()).as("not due before 09:00").isEmpty();

    clock.advance(Duration.ofMinutes(2));
    deliveries.dispatchDue();
    deliveries.dispatchDue();

    assertThat(slack.sentTo("UALICE")).hasSize(1);
    assertThat(slack.sentTo("UBOB")).hasSize(1);
    assertThat(status("UALICE")).isEqualTo("SENT");
    Block.Item item =
        (Block.Item)
            slack.sentTo("UALICE").get(0).message().blocks().stream()
                .filter(b -> b instanceof Block.Item)
                .findFirst()
                .orElseThrow();
    assertThat(item.url()).isEqualTo("https://example.com/launch");
  }

  @Test
  void someone_who_left_or_paused_after_planning_gets_nothing() {
    Member alice = joined("UALICE");
    Member bob = joined("UBOB");
    deliveries.planDue();
    members.leave(alice, "own choice");
    members.pause(bob, Duration.ofDays(7));

    clock.advance(Duration.ofMinutes(2));
    deliveries.dispatchDue();

    assertThat(slack.sent()).isEmpty();
    assertThat(status("UALICE")).isEqualTo("SKIPPED");
    assertThat(status("UBOB")).isEqualTo("SKIPPED");
  }

  @Test
  void a_row_whose_sender_died_is_claimed_again_once_its_lease_ran_out() {
    joined("UALICE");
    deliveries.planDue();
    clock.advance(Duration.ofMinutes(2));
    // Another process claimed the row and died before sending: the row stays SENDING with a lease.
    db.jdbi()
        .useHandle(
            h ->
                h.execute(
                    "UPDATE deliveries SET status = 'SENDING', lease_until = ?",
                    clock.instant().plusSeconds(30)));

    deliveries.dispatchDue();
    assertThat(slack.sent()).as("still leased").isEmpty();

    clock.advance(Duration.ofSeconds(31));
    deliveries.dispatchDue();
    assertThat(slack.sentTo("UALICE")).hasSize(1);
    assertThat(status("UALICE")).isEqualTo("SENT");
  }

  @Test
  void a_429_puts_the_row_back_for_after_retry_after_without_counting_an_attempt() {
    joined("UALICE");
    deliveries.planDue();
    clock.advance(Duration.ofMinutes(2));
    slack.failNext(
        "UALICE",
        new ChatDeliveryException(
            Kind.RATE_LIMITED, "ratelimited", Optional.of(Duration.ofSeconds(7))));

    deliveries.dispatchDue();
    assertThat(status("UALICE")).isEqualTo("PLANNED");
    Map<String, Object> row =
        db.jdbi()
            .withHandle(h -> h.select("SELECT due_at, attempts FROM deliveries").mapToMap().one());
    assertThat(row.get("attempts")).isEqualTo(0);

    clock.advance(Duration.ofSeconds(7));
    deliveries.dispatchDue();
    assertThat(slack.sentTo("UALICE")).hasSize(1);
  }

  @Test
  void server_errors_are_retried_with_backoff_then_failed() {
    joined("UALICE");
    deliveries.planDue();
    clock.advance(Duration.ofMinutes(2));
    ChatDeliveryException down = new ChatDeliveryException(Kind.TRANSIENT, "http_503");
    slack.failNext("UALICE", down, down, down, down, down);

    for (int attempt = 1; attempt <= DeliveryWorker.MAX_ATTEMPTS; attempt++) {
      deliveries.dispatchDue();
      clock.advance(Duration.ofMinutes(10));
    }

    assertThat(slack.sent()).isEmpty();
    assertThat(status("UALICE")).isEqualTo("FAILED");
    String reason =
        db.jdbi()
            .withHandle(h -> h.select("SELECT reason FROM deliveries").mapTo(String.class).one());
    assertThat(reason).contains("gave up after 5 attempts").contains("http_503");
  }

  @Test
  void a_transient_error_then_success_delivers_once() {
    joined("UALICE");
    deliveries.planDue();
    clock.advance(Duration.ofMinutes(2));
    slack.failNext("UALICE", new ChatDeliveryException(Kind.TRANSIENT, "timeout"));

    deliveries.dispatchDue();
    deliveries.dispatchDue();
    assertThat(slack.sent()).as("backing off").isEmpty();
    clock.advance(Duration.ofMinutes(1));
    deliveries.dispatchDue();

    assertThat(slack.sentTo("UALICE")).hasSize(1);
    assertThat(status("UALICE")).isEqualTo("SENT");
  }

  @Test
  void a_member_the_platform_says_is_gone_is_marked_as_left() {
    joined("UALICE");
    deliveries.planDue();
    clock.advance(Duration.ofMinutes(2));
    slack.failNext("UALICE", new ChatDeliveryException(Kind.BLOCKED, "account_inactive"));

    deliveries.dispatchDue();

    Member alice = members.find(new PlatformUser(Platform.SLACK, "T1", "UALICE")).orElseThrow();
    assertThat(alice.isOptedIn()).isFalse();
    assertThat(alice.leftReason()).contains("account_inactive");
    assertThat(status("UALICE")).isEqualTo("FAILED");
  }

  @Test
  void three_ignored_digests_in_a_row_bring_one_check_in_and_a_pause() {
    Member alice = joined("UALICE");
    for (int week = 0; week < 4; week++) {
      content.add(
          comms,
          new ContentDraft(
              "Item " + week, "https://example.com/w" + week, null, null, null, null, null, null));
      deliveries.planDue();
      clock.advance(Duration.ofMinutes(2));
      deliveries.dispatchDue();
      clock.advance(Duration.ofDays(7).minusMinutes(2));
    }

    assertThat(slack.sentTo("UALICE")).hasSize(4);
    String last = slack.sentTo("UALICE").get(3).message().summary();
    assertThat(last).isEqualTo("Still interested in Sharewell?");
    assertThat(members.get(alice.id()).isPausedAt(clock.instant())).isTrue();
    deliveries.planDue();
    clock.advance(Duration.ofMinutes(2));
    deliveries.dispatchDue();
    assertThat(slack.sentTo("UALICE")).as("paused: nothing more").hasSize(4);
  }

  @Test
  void a_reaction_between_digests_keeps_the_count_at_zero() {
    Member alice = joined("UALICE");
    for (int week = 0; week < 4; week++) {
      content.add(
          comms,
          new ContentDraft(
              "Item " + week, "https://example.com/w" + week, null, null, null, null, null, null));
      deliveries.planDue();
      clock.advance(Duration.ofMinutes(2));
      deliveries.dispatchDue();
      clock.advance(Duration.ofHours(1));
      members.noteReaction(alice);
      clock.advance(Duration.ofDays(7).minusMinutes(62));
    }
    assertThat(slack.sentTo("UALICE"))
        .hasSize(4)
        .allSatisfy(s -> assertThat(s.message().summary()).startsWith("Your Sharewell pick"));
  }

  @Test
  void digest_now_plans_everyone_due_now_and_status_counts_them() {
    joined("UALICE");
    joined("UBOB");
    clock.set(Instant.parse("2026-11-25T10:00:00Z"));
    Member admin =
        members.identify(new PlatformUser(Platform.SLACK, "T1", "UCOMMS"), Profile.unknown());
    assertThat(admin.has(Role.ADMIN)).isTrue();

    assertThat(deliveries.sendNow(admin)).isEqualTo(2);
    assertThat(deliveries.sendNow(admin)).as("nobody is due twice").isZero();

    assertThat(slack.sent()).hasSize(2);
    DigestStatus status = deliveries.status(admin);
    assertThat(status.period()).isEqualTo("2026-W48");
    assertThat(status.count("SENT")).isEqualTo(2);
    assertThat(status.estimatedFinish()).isEmpty();
  }

  @Test
  void items_already_sent_are_not_sent_again_and_colleagues_get_different_prompts() {
    Member alice = joined("UALICE");
    Member bob = joined("UBOB");
    deliveries.planDue();
    clock.advance(Duration.ofMinutes(2));
    deliveries.dispatchDue();
    long alicePrompt = deliveries.given(alice, 1).flatMap(g -> g.promptId()).orElseThrow();
    long bobPrompt = deliveries.given(bob, 1).flatMap(g -> g.promptId()).orElseThrow();
    assertThat(alicePrompt).isNotEqualTo(bobPrompt);

    clock.advance(Duration.ofDays(7));
    deliveries.planDue();
    deliveries.dispatchDue();
    assertThat(status("UALICE")).as("nothing new to send").isEqualTo("SKIPPED");
  }

  @Test
  void a_429_puts_the_rest_of_the_batch_back_for_the_end_of_the_pause_and_no_sender_waits() {
    for (String user : new String[] {"UALICE", "UBOB", "UCARL", "UDANA"}) {
      joined(user);
    }
    deliveries.planDue();
    clock.advance(Duration.ofMinutes(2));
    slack.failNext(
        "UALICE",
        new ChatDeliveryException(
            Kind.RATE_LIMITED, "ratelimited", Optional.of(Duration.ofSeconds(120))));

    long start = System.nanoTime();
    deliveries.dispatchDue();
    deliveries.dispatchDue();

    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .as("nobody slept through the Retry-After")
        .isLessThan(Duration.ofSeconds(10));
    assertThat(slack.sent()).isEmpty();
    int backInQueue =
        new Rows(db.jdbi())
            .count(
                "deliveries",
                "status = 'PLANNED' AND attempts = 0 AND due_at = ?",
                clock.instant().plusSeconds(120));
    assertThat(backInQueue).isEqualTo(4);
    assertThat(deliveries.status(comms).pausedUntil()).contains(clock.instant().plusSeconds(120));

    clock.advance(Duration.ofSeconds(120));
    deliveries.dispatchDue();
    assertThat(slack.sent()).hasSize(4);
    assertThat(deliveries.status(comms).pausedUntil()).isEmpty();
  }

  @Test
  void a_retry_after_beyond_the_cap_pauses_the_workspace_with_one_warning_saying_why() {
    joined("UALICE");
    joined("UBOB");
    deliveries.planDue();
    clock.advance(Duration.ofMinutes(2));
    slack.failNext(
        "UALICE",
        new ChatDeliveryException(
            Kind.RATE_LIMITED, "ratelimited", Optional.of(Duration.ofHours(1))));
    ch.qos.logback.classic.Logger logger =
        (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(WorkspaceThrottle.class);
    ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> logged =
        new ch.qos.logback.core.read.ListAppender<>();
    logged.start();
    logger.addAppender(logged);
    try {
      deliveries.dispatchDue();
    } finally {
      logger.detachAppender(logged);
    }

    assertThat(logged.list)
        .singleElement()
        .satisfies(
            e ->
                assertThat(e.getFormattedMessage())
                    .contains("asked Sharewell to wait 3600 s", "T1", "15 min", "paused until"));
    assertThat(deliveries.status(comms).pausedUntil())
        .contains(clock.instant().plus(Duration.ofHours(1)));
    clock.advance(Duration.ofMinutes(59));
    deliveries.dispatchDue();
    assertThat(slack.sent()).isEmpty();
    clock.advance(Duration.ofMinutes(1));
    deliveries.dispatchDue();
    assertThat(slack.sent()).hasSize(2);
  }

  @Test
  void a_send_whose_outcome_is_unknown_where_nobody_can_tell_is_recorded_and_never_resent() {
    joined("UALICE");
    deliveries.planDue();
    clock.advance(Duration.ofMinutes(2));
    slack.failNext("UALICE", new ChatDeliveryException(Kind.UNKNOWN, "no_complete_answer"));

    for (int tick = 0; tick < 3; tick++) {
      deliveries.dispatchDue();
      clock.advance(Duration.ofMinutes(10));
    }

    assertThat(slack.sent()).isEmpty();
    assertThat(status("UALICE")).isEqualTo("UNKNOWN");
    assertThat(deliveries.status(comms).count("UNKNOWN")).isEqualTo(1);
  }
}
