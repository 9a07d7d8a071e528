package dev.sharewell.leaderboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sharewell.audit.AuditLog;
import dev.sharewell.chat.Block;
import dev.sharewell.chat.ChatDeliveryException;
import dev.sharewell.common.Language;
import dev.sharewell.common.NotAllowedException;
import dev.sharewell.common.WeeklyTime;
import dev.sharewell.content.ContentDraft;
import dev.sharewell.content.ContentItem;
import dev.sharewell.content.ContentService;
import dev.sharewell.identity.Platform;
import dev.sharewell.identity.PlatformUser;
import dev.sharewell.identity.Profile;
import dev.sharewell.member.Member;
import dev.sharewell.member.MemberService;
import dev.sharewell.member.Preferences;
import dev.sharewell.member.Role;
import dev.sharewell.personalise.ItemOriginality;
import dev.sharewell.personalise.Prompts;
import dev.sharewell.share.PointsRules;
import dev.sharewell.share.RecordedShare;
import dev.sharewell.share.ShareExport;
import dev.sharewell.share.ShareReport;
import dev.sharewell.share.ShareService;
import dev.sharewell.testing.DbEngine;
import dev.sharewell.testing.FakeGateway;
import dev.sharewell.testing.Rows;
import dev.sharewell.testing.TestClock;
import dev.sharewell.testing.TestDatabase;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/** Points, the daily cap, standings by period, the leaders' section, hidden members, the post. */
@ParameterizedClass
@MethodSource("dev.sharewell.testing.DbEngine#available")
class LeaderboardTest {
  static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");

  @Parameter DbEngine engine;

  TestDatabase db;
  final TestClock clock = TestClock.standard();
  final FakeGateway slack = new FakeGateway(Platform.SLACK);
  MemberService members;
  ContentService content;
  ShareService shares;
  LeaderboardService leaderboard;
  LeaderboardPoster poster;
  Member admin;
  List<ContentItem> items;

  @BeforeEach
  void open() {
    db = TestDatabase.open(engine);
    AuditLog audit = new AuditLog(db.jdbi(), clock);
    members = new MemberService(db.jdbi(), clock, Set.of("slack:T1/UADMIN"), audit);
    content = new ContentService(db.jdbi(), clock, CPH, audit, new Prompts(db.jdbi(), clock));
    shares =
        new ShareService(
            db.jdbi(),
            clock,
            content,
            new PointsRules(10, 5, 50),
            new Totals(CPH),
            new ItemOriginality(db.jdbi()));
    leaderboard = new LeaderboardService(db.jdbi(), clock, CPH, new RollingWindow(db.jdbi(), CPH));
    poster =
        new LeaderboardPoster(
            db.jdbi(),
            clock,
            CPH,
            leaderboard,
            slack,
            new WeeklyTime(DayOfWeek.FRIDAY, LocalTime.of(14, 0)),
            Optional.empty(),
            audit);
    admin =
        members.identify(new PlatformUser(Platform.SLACK, "T1", "UADMIN"), Profile.named("Ada"));
    items =
        List.of(
            content.add(admin, draft("One", "https://e.com/1")),
            content.add(admin, draft("Two", "https://e.com/2")),
            content.add(admin, draft("Three", "https://e.com/3")));
  }

  @AfterEach
  void close() {
    db.close();
  }

  static ContentDraft draft(String title, String url) {
    return new ContentDraft(
        title, url, null, null, null, null, "Suggested words for this item.", null);
  }

  Member joined(String id, String name) {
    Member member =
        members.identify(new PlatformUser(Platform.SLACK, "T1", id), Profile.named(name));
    members.join(member);
    return members.get(member.id());
  }

  RecordedShare share(Member member, int item, String network, String text) {
    return shares.record(member, new ShareReport(items.get(item).id(), network, text, null));
  }

  @Test
  void standings_rank_by_points_and_ties_go_to_who_got_there_first() {
    Member alice = joined("UALICE", "Alice");
    Member bob = joined("UBOB", "Bob");
    Member carol = joined("UCAROL", "Carol");
    share(bob, 0, "linkedin", null);
    clock.advance(Duration.ofMinutes(1));
    share(alice, 0, "linkedin", null);
    clock.advance(Duration.ofMinutes(1));
    share(carol, 0, "linkedin", "My own take on what we built, in my words today.");

    Standings week = leaderboard.standings(Platform.SLACK, "T1", Period.WEEK);

    assertThat(week.top())
        .extracting(Standing::displayName)
        .containsExactly("Carol", "Bob", "Alice");
    assertThat(week.top()).extracting(Standing::points).containsExactly(15L, 10L, 10L);
    assertThat(week.participants()).isEqualTo(3);
    assertThat(week.optedIn()).isEqualTo(3);
  }

  @Test
  void a_repeated_report_is_recorded_but_earns_nothing_more_and_another_network_earns_again() {
    Member alice = joined("UALICE", "Alice");

    assertThat(share(alice, 0, "x", null).pointsEarned()).isEqualTo(10);
    assertThat(share(alice, 0, "x", null).pointsEarned()).isZero();
    assertThat(share(alice, 0, "linkedin", null).pointsEarned()).isEqualTo(10);

    int recorded = new Rows(db.jdbi()).count("shares");
    assertThat(recorded).isEqualTo(3);
    assertThat(leaderboard.standings(Platform.SLACK, "T1", Period.WEEK).top().get(0).points())
        .isEqualTo(20);
  }

  @Test
  void the_daily_cap_holds_and_the_next_day_starts_again() {
    Member alice = joined("UALICE", "Alice");
    String own = "Something I genuinely want to say about this, in my own words.";
    int earned = 0;
    for (int item = 0; item < 3; item++) {
      for (String network : List.of("linkedin", "x")) {
        earned += share(alice, item, network, own + " " + item + network).pointsEarned();
      }
    }
    assertThat(earned).isEqualTo(50);

    clock.advance(Duration.ofDays(1));
    assertThat(share(alice, 0, "facebook", null).pointsEarned()).isEqualTo(10);
    long ledger =
        db.jdbi()
            .withHandle(h -> h.select("SELECT SUM(points) FROM points").mapTo(Long.class).one());
    assertThat(ledger).isEqualTo(60);
  }

  @Test
  void leaders_get_a_section_of_their_own_and_hidden_members_are_counted_not_named() {
    Member leader = members.grant(admin, joined("ULEAD", "Lea"), Role.LEADER);
    Member hidden = joined("UHIDE", "Hidden Hans");
    members.updatePreferences(
        hidden,
        new Preferences(
            hidden.preferences().networks(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            false,
            hidden.preferences().cadence()));
    Member alice = joined("UALICE", "Alice");
    share(hidden, 0, "linkedin", null);
    share(hidden, 1, "linkedin", null);
    share(leader, 0, "linkedin", null);
    share(alice, 0, "x", null);

    Standings week = leaderboard.standings(Platform.SLACK, "T1", Period.WEEK);
    String text = text(LeaderboardMessage.render(week, Language.EN));

    assertThat(week.leaders()).extracting(Standing::displayName).containsExactly("Lea");
    assertThat(text)
        .doesNotContain("Hidden Hans")
        .contains("Leading by example")
        .containsPattern("… and 1 more colleague(?!s)");
    assertThat(text)
        .contains("2. Lea: 10 points")
        .contains("3. Alice: 10 points")
        .contains("3 of 3 members shared");
  }

  @Test
  void periods_cover_the_week_the_month_the_last_30_days_and_all_time() {
    Member alice = joined("UALICE", "Alice");
    share(alice, 0, "linkedin", null);
    clock.set(Instant.parse("2026-12-10T10:00:00Z"));
    share(alice, 1, "linkedin", null);

    assertThat(points(Period.WEEK)).isEqualTo(10);
    assertThat(points(Period.MONTH)).isEqualTo(10);
    assertThat(points(Period.LAST_30_DAYS)).isEqualTo(20);
    assertThat(points(Period.ALL_TIME)).isEqualTo(20);
    clock.set(Instant.parse("2027-01-20T10:00:00Z"));
    assertThat(points(Period.LAST_30_DAYS)).isZero();
    assertThat(points(Period.ALL_TIME)).isEqualTo(20);
  }

  @Test
  void the_last_30_days_roll_day_by_day_and_agree_with_the_ledger() {
    Member alice = joined("UALICE", "Alice");
    Member bob = joined("UBOB", "Bob");
    Instant start = clock.instant();
    share(alice, 0, "linkedin", null);
    for (int day = 1; day <= 45; day++) {
      clock.set(start.plus(Duration.ofDays(day)));
      if (day == 10) {
        share(bob, 0, "linkedin", null);
        share(alice, 1, "x", "Proud of this one, here is why it matters to me and my team.");
      }
      Standings standings = leaderboard.standings(Platform.SLACK, "T1", Period.LAST_30_DAYS);
      assertThat(standings.top())
          .as("day %d", day)
          .extracting(Standing::displayName, Standing::points)
          .containsExactlyInAnyOrderElementsOf(ledgerSince(start.plus(Duration.ofDays(day - 29))));
    }
  }

  /** Points per member from the ledger, for days from {@code from}'s day on, independently. */
  List<org.assertj.core.groups.Tuple> ledgerSince(Instant from) {
    Instant dayStart = from.atZone(CPH).toLocalDate().atStartOfDay(CPH).toInstant();
    return db.jdbi()
        .withHandle(
            h ->
                h.createQuery(
                        "SELECT m.display_name, SUM(p.points) AS points FROM points p"
                            + " JOIN members m ON m.id = p.member_id WHERE p.awarded_at >= :from"
                            + " GROUP BY m.display_name")
                    .bind("from", dayStart)
                    .map(
                        (rs, ctx) ->
                            org.assertj.core.groups.Tuple.tuple(
                                rs.getString("display_name"), rs.getLong("points")))
                    .list());
  }

  @Test
  void a_member_who_leaves_drops_off_every_board_and_comes_back_on_rejoining() {
    Member alice = joined("UALICE", "Alice");
    Member bob = joined("UBOB", "Bob");
    share(alice, 0, "linkedin", null);
    share(bob, 0, "linkedin", null);

    members.leave(bob, "test");

    for (Period period : Period.values()) {
      Standings standings = leaderboard.standings(Platform.SLACK, "T1", period);
      assertThat(standings.top()).extracting(Standing::displayName).containsExactly("Alice");
      assertThat(standings.participants()).isEqualTo(1);
      assertThat(standings.optedIn()).isEqualTo(1);
    }
    members.join(bob);
    assertThat(leaderboard.standings(Platform.SLACK, "T1", Period.LAST_30_DAYS).top())
        .extracting(Standing::displayName)
        .containsExactly("Alice", "Bob");
  }

  @Test
  void the_weekly_post_goes_once_after_its_time_and_only_admins_choose_the_channel() {
    Member alice = joined("UALICE", "Alice");
    share(alice, 0, "linkedin", null);
    assertThatThrownBy(() -> poster.chooseChannel(alice, "CALL"))
        .isInstanceOf(NotAllowedException.class);
    poster.chooseChannel(admin, "CLEAD");

    assertThat(poster.postDue()).as("Monday: not yet").isZero();
    clock.set(Instant.parse("2026-11-27T13:00:00Z"));
    assertThat(poster.postDue()).isEqualTo(1);
    assertThat(poster.postDue()).as("once per week").isZero();

    assertThat(slack.sentTo("CLEAD")).hasSize(1);
    assertThat(text(slack.sentTo("CLEAD").get(0).message())).contains("1. Alice: 10 points");
    poster.postNow(admin);
    assertThat(slack.sentTo("CLEAD")).hasSize(2);
  }

  @Test
  void a_weekly_post_refused_is_tried_again_and_one_whose_outcome_is_unknown_is_not() {
    share(joined("UALICE", "Alice"), 0, "linkedin", null);
    poster.chooseChannel(admin, "CLEAD");
    clock.set(Instant.parse("2026-11-27T13:00:00Z"));

    slack.failNext(
        "CLEAD", new ChatDeliveryException(ChatDeliveryException.Kind.TRANSIENT, "refused"));
    assertThat(poster.postDue()).isZero();
    assertThat(poster.postDue()).as("refused, so nothing went out: tried again").isEqualTo(1);

    clock.set(Instant.parse("2026-12-04T13:00:00Z"));
    slack.failNext(
        "CLEAD", new ChatDeliveryException(ChatDeliveryException.Kind.UNKNOWN, "timed out"));
    assertThat(poster.postDue()).isZero();
    assertThat(poster.postDue()).as("it may be in the channel already: not again").isZero();
    assertThat(slack.sentTo("CLEAD")).hasSize(1);
  }

  @Test
  void the_export_agrees_with_the_ledger_and_leaves_hidden_members_unnamed() {
    Member alice = joined("UALICE", "Alice");
    Member hidden = joined("UHIDE", "Hidden Hans");
    members.updatePreferences(
        hidden,
        new Preferences(
            hidden.preferences().networks(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            false,
            hidden.preferences().cadence()));
    share(alice, 0, "linkedin", "=HYPERLINK(\"evil\") but also my own words about this today.");
    share(alice, 0, "linkedin", null);
    share(hidden, 1, "x", null);

    String csv = new ShareExport(db.jdbi(), CPH, new AuditLog(db.jdbi(), clock)).csv(admin);

    assertThat(csv.lines()).hasSize(4);
    assertThat(csv).contains("date,member,item,network,personalised,points");
    assertThat(csv)
        .contains("2026-11-23,Alice,One,LinkedIn,yes,15")
        .contains("2026-11-23,Alice,One,LinkedIn,no,0");
    assertThat(csv).contains("(hidden),Two,X,no,10").doesNotContain("Hidden Hans");
    long ledger =
        db.jdbi()
            .withHandle(h -> h.select("SELECT SUM(points) FROM points").mapTo(Long.class).one());
    assertThat(ledger).isEqualTo(25);
  }

  private long points(Period period) {
    List<Standing> top = leaderboard.standings(Platform.SLACK, "T1", period).top();
    return top.isEmpty() ? 0 : top.get(0).points();
  }

  static String text(dev.sharewell.chat.OutboundMessage message) {
    StringBuilder text = new StringBuilder();
    for (Block block : message.blocks()) {
      if (block instanceof Block.Paragraph p) {
        text.append(p.text()).append('\n');
      } else if (block instanceof Block.Heading h) {
        text.append(h.text()).append('\n');
      } else if (block instanceof Block.Note n) {
        text.append(n.text()).append('\n');
      }
    }
    return text.toString();
  }
}
