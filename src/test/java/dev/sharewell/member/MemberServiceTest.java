package dev.sharewell.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sharewell.audit.AuditLog;
import dev.sharewell.common.InvalidInputException;
import dev.sharewell.common.Language;
import dev.sharewell.common.NotAllowedException;
import dev.sharewell.identity.Platform;
import dev.sharewell.identity.PlatformUser;
import dev.sharewell.identity.Profile;
import dev.sharewell.testing.DbEngine;
import dev.sharewell.testing.Rows;
import dev.sharewell.testing.TestClock;
import dev.sharewell.testing.TestDatabase;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

@ParameterizedClass
@MethodSource("dev.sharewell.testing.DbEngine#available")
class MemberServiceTest {
  @Parameter DbEngine engine;

  private TestDatabase db;
  private final TestClock clock = TestClock.standard();
  private AuditLog audit;
  private MemberService members;

  private static final PlatformUser ALICE = new PlatformUser(Platform.SLACK, "T1", "UALICE");
  private static final PlatformUser BOB = new PlatformUser(Platform.SLACK, "T1", "UBOB");
  private static final PlatformUser ADMIN = new PlatformUser(Platform.TEAMS, "tenant", "29:admin");
  private static final PlatformUser SLACK_ADMIN = new PlatformUser(Platform.SLACK, "T1", "UADMIN");

  @BeforeEach
  void open() {
    db = TestDatabase.open(engine);
    audit = new AuditLog(db.jdbi(), clock);
    members =
        new MemberService(
            db.jdbi(), clock, Set.of("teams:tenant/29:admin", "slack:T1/UADMIN"), audit);
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void first_sight_creates_a_member_who_has_not_joined() {
    Member alice = members.identify(ALICE, Profile.named("Alice"));

    assertThat(alice.identity()).isEqualTo(ALICE);
    assertThat(alice.displayName()).isEqualTo("Alice");
    assertThat(alice.isOptedIn()).isFalse();
    assertThat(alice.roles()).isEmpty();
    assertThat(alice.preferences()).isEqualTo(Preferences.defaults());
    assertThat(alice.createdAt()).isEqualTo(clock.instant());
  }

  @Test
  void the_same_identity_is_the_same_member_and_profile_changes_are_kept() {
    Member first = members.identify(ALICE, Profile.named("Alice"));
    Member again =
        members.identify(
            ALICE, new Profile(Optional.of("Alice A."), Optional.of("da-DK"), Optional.empty()));

    assertThat(again.id()).isEqualTo(first.id());
    assertThat(again.displayName()).isEqualTo("Alice A.");
    assertThat(again.locale()).contains("da-DK");
  }

  @Test
  void a_guessed_name_names_a_new_member_and_one_known_only_by_id_but_never_replaces_a_real_name() {
    assertThat(members.identify(ALICE, Profile.guessed("alice.h")).displayName())
        .isEqualTo("alice.h");
    assertThat(members.identify(ALICE, Profile.named("Alice Hart")).displayName())
        .isEqualTo("Alice Hart");
    assertThat(members.identify(ALICE, Profile.guessed("alice.h")).displayName())
        .isEqualTo("Alice Hart");

    PlatformUser bob = new PlatformUser(Platform.SLACK, "T1", "UBOB");
    members.identify(bob, Profile.unknown());
    assertThat(members.identify(bob, Profile.guessed("bob.k")).displayName()).isEqualTo("bob.k");
    assertThat(members.identify(bob, Profile.guessed("bobby")).displayName()).isEqualTo("bob.k");
  }

  @Test
  void the_same_user_id_in_another_workspace_is_another_member() {
    Member here = members.identify(ALICE, Profile.unknown());
    Member there =
        members.identify(new PlatformUser(Platform.SLACK, "T2", "UALICE"), Profile.unknown());

    assertThat(there.id()).isNotEqualTo(here.id());
    assertThat(here.displayName()).isEqualTo("UALICE");
  }

  @Test
  void concurrent_first_sights_create_exactly_one_member() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Long>> ids = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        ids.add(
            pool.submit(
                () -> {
                  start.await();
                  return members.identify(ALICE, Profile.named("Alice")).id();
                }));
      }
      start.countDown();
      Set<Long> distinct = new java.util.HashSet<>();
      for (Future<Long> id : ids) {
        distinct.add(id.get());
      }
      assertThat(distinct).hasSize(1);
      int rows = new Rows(db.jdbi()).count("members");
      assertThat(rows).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void people_listed_as_admins_in_the_settings_are_admins_from_the_start() {
    assertThat(members.identify(ADMIN, Profile.unknown()).has(Role.ADMIN)).isTrue();
    assertThat(members.identify(ALICE, Profile.unknown()).has(Role.ADMIN)).isFalse();
  }

  @Test
  void join_opts_in_once_and_leave_opts_out() {
    Member alice = members.identify(ALICE, Profile.unknown());

    assertThat(members.join(alice)).isTrue();
    assertThat(members.join(alice)).isFalse();
    Member joined = members.get(alice.id());
    assertThat(joined.isOptedIn()).isTrue();
    assertThat(joined.has(Role.MEMBER)).isTrue();
    assertThat(members.optedIn()).extracting(Member::id).containsExactly(alice.id());

    clock.advance(Duration.ofHours(1));
    assertThat(members.leave(joined, "own choice")).isTrue();
    assertThat(members.leave(joined, "own choice")).isFalse();
    Member left = members.get(alice.id());
    assertThat(left.isOptedIn()).isFalse();
    assertThat(left.leftAt()).contains(clock.instant());
    assertThat(left.leftReason()).contains("own choice");
    assertThat(members.optedIn()).isEmpty();
  }

  @Test
  void pause_holds_until_its_end_and_resume_lifts_it() {
    Member alice = joined(ALICE);

    var until = members.pause(alice, Duration.ofDays(14));

    assertThat(until).isEqualTo(clock.instant().plus(Duration.ofDays(14)));
    Member paused = members.get(alice.id());
    assertThat(paused.isPausedAt(clock.instant())).isTrue();
    assertThat(paused.isPausedAt(until)).isFalse();
    assertThat(members.resume(paused)).isTrue();
    assertThat(members.get(alice.id()).isPausedAt(clock.instant())).isFalse();
    assertThat(members.resume(paused)).isFalse();
  }

  @Test
  void a_pause_out_of_range_or_before_joining_is_refused() {
    Member alice = joined(ALICE);
    Member bob = members.identify(BOB, Profile.unknown());

    assertThatThrownBy(() -> members.pause(alice, Duration.ofHours(3)))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> members.pause(alice, Duration.ofDays(400)))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> members.pause(bob, Duration.ofDays(7)))
        .isInstanceOf(NotAllowedException.class);
    assertThat(members.get(alice.id()).pausedUntil()).isEmpty();
  }

  @Test
  void admins_grant_and_revoke_roles_and_each_change_is_audited() {
    Member admin = members.identify(SLACK_ADMIN, Profile.unknown());
    Member alice = members.identify(ALICE, Profile.unknown());

    Member comms = members.grant(admin, alice, Role.COMMS);
    Member leader = members.grant(admin, comms, Role.LEADER);
    assertThat(leader.roles()).containsExactlyInAnyOrder(Role.COMMS, Role.LEADER);

    Member revoked = members.revoke(admin, leader, Role.COMMS);
    assertThat(revoked.roles()).containsExactly(Role.LEADER);

    Member plain = members.grant(admin, revoked, Role.MEMBER);
    assertThat(plain.roles()).isEmpty();

    assertThat(audit.latest(10))
        .extracting(e -> e.action() + " " + e.detail())
        .containsExactly(
            "role.grant member", "role.revoke comms", "role.grant leader", "role.grant comms");
    assertThat(audit.latest(1).get(0).subject()).isEqualTo("slack:T1/UALICE");
    assertThat(audit.latest(1).get(0).platform()).isEqualTo("slack");

    Member teamsAdmin = members.identify(ADMIN, Profile.unknown());
    assertThatThrownBy(() -> members.grant(teamsAdmin, plain, Role.LEADER))
        .isInstanceOf(NotAllowedException.class);
    assertThat(members.get(plain.id()).roles()).isEmpty();
  }

  @Test
  void only_admins_change_roles_and_nobody_removes_their_own_admin_role() {
    Member admin = members.identify(ADMIN, Profile.unknown());
    Member alice = members.identify(ALICE, Profile.unknown());
    Member bob = members.identify(BOB, Profile.unknown());

    assertThatThrownBy(() -> members.grant(alice, bob, Role.COMMS))
        .isInstanceOf(NotAllowedException.class)
        .hasMessageContaining("admin");
    assertThatThrownBy(() -> members.grant(alice, alice, Role.ADMIN))
        .isInstanceOf(NotAllowedException.class);
    assertThatThrownBy(() -> members.revoke(admin, admin, Role.ADMIN))
        .isInstanceOf(NotAllowedException.class);
    assertThatThrownBy(() -> members.grant(admin, admin, Role.MEMBER))
        .isInstanceOf(NotAllowedException.class);

    assertThat(members.get(bob.id()).roles()).isEmpty();
    assertThat(members.get(admin.id()).roles()).containsExactly(Role.ADMIN);
    assertThat(audit.latest(10)).isEmpty();
  }

  @Test
  void preferences_are_stored_and_read_back() {
    Member alice = joined(ALICE);
    Map<Network, Integer> networks = new EnumMap<>(Network.class);
    networks.put(Network.LINKEDIN, 850);
    networks.put(Network.INSTAGRAM, null);
    Preferences chosen =
        new Preferences(
            networks,
            Optional.of(DayOfWeek.TUESDAY),
            Optional.of(LocalTime.of(8, 30)),
            Optional.of(new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0))),
            Optional.of(Language.DA),
            false,
            Cadence.BIWEEKLY);

    Member updated = members.updatePreferences(alice, chosen);

    assertThat(updated.preferences()).isEqualTo(chosen);
    assertThat(members.get(alice.id()).preferences()).isEqualTo(chosen);
    assertThat(updated.preferences().followers(Network.LINKEDIN)).hasValue(850);
    assertThat(updated.preferences().uses(Network.X)).isFalse();
  }

  @Test
  void preferences_without_a_network_or_with_negative_followers_are_refused_and_change_nothing() {
    Member alice = joined(ALICE);
    Preferences none =
        new Preferences(
            Map.of(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            true,
            Cadence.WEEKLY);
    Map<Network, Integer> negative = new EnumMap<>(Network.class);
    negative.put(Network.X, -5);
    Preferences bad =
        new Preferences(
            negative,
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            true,
            Cadence.MONTHLY);

    assertThatThrownBy(() -> members.updatePreferences(alice, none))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.errors().get(0).field()).isEqualTo("networks"));
    assertThatThrownBy(() -> members.updatePreferences(alice, bad))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.errors().get(0).field()).isEqualTo("followers_x"));
    assertThat(members.get(alice.id()).preferences()).isEqualTo(Preferences.defaults());
  }

  private Member joined(PlatformUser user) {
    Member member = members.identify(user, Profile.unknown());
    members.join(member);
    return members.get(member.id());
  }
}
