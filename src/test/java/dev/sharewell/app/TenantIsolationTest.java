package dev.sharewell.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sharewell.common.NotAllowedException;
import dev.sharewell.content.ContentDraft;
import dev.sharewell.content.ContentItem;
import dev.sharewell.identity.Platform;
import dev.sharewell.identity.PlatformUser;
import dev.sharewell.identity.Profile;
import dev.sharewell.leaderboard.Period;
import dev.sharewell.leaderboard.Standing;
import dev.sharewell.member.Member;
import dev.sharewell.member.Network;
import dev.sharewell.member.Role;
import dev.sharewell.reach.ReachService;
import dev.sharewell.share.ContentStats;
import dev.sharewell.share.ShareExport;
import dev.sharewell.share.ShareReport;
import dev.sharewell.testing.DbEngine;
import dev.sharewell.testing.FakeSlack;
import dev.sharewell.testing.SlackTestApp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Two Slack workspaces and a Teams tenant on one server: each one's admins, comms and members see
 * only their own people, shares, numbers and audit trail, and cannot change the others' members.
 * Content items are the organisation's catalogue and are shared by all of them (product.md).
 */
class TenantIsolationTest {
  private static final String OTHER_TEAM = "T0OTHER";
  private static final String TENANT = "tenant-1";

  /** Started by each test on its engine. */
  @RegisterExtension final SlackTestApp t = SlackTestApp.extension().startedByTest();

  private CoreServices core;

  static List<DbEngine> engines() {
    return DbEngine.available();
  }

  private void start(DbEngine engine) {
    t.start(engine);
    core = t.app.core();
  }

  private Member joined(Platform platform, String workspace, String userId, Role... roles) {
    Member someone =
        core.members()
            .identify(new PlatformUser(platform, workspace, userId), Profile.named(userId));
    core.members().join(someone);
    for (Role role : roles) {
      t.db
          .jdbi()
          .useHandle(
              h ->
                  h.execute(
                      "INSERT INTO member_roles (member_id, role, granted_at) VALUES (?, ?, ?)",
                      someone.id(),
                      role.name(),
                      Instant.now()));
    }
    return core.members().get(someone.id());
  }

  @ParameterizedTest
  @MethodSource("engines")
  void each_workspace_sees_and_changes_only_its_own(DbEngine engine) {
    start(engine);
    Member adminA = joined(Platform.SLACK, FakeSlack.TEAM, "UADMINA", Role.ADMIN);
    Member alice = joined(Platform.SLACK, FakeSlack.TEAM, "UALICE");
    Member adminB = joined(Platform.SLACK, OTHER_TEAM, "UADMINB", Role.ADMIN);
    Member bob = joined(Platform.SLACK, OTHER_TEAM, "UBOB");
    Member carol = joined(Platform.TEAMS, TENANT, "29:carol");
    ContentItem item =
        core.content()
            .add(
                adminA,
                new ContentDraft(
                    "Launch", "https://example.com/launch", null, null, null, null, null, null),
                List.of());
    core.shares().record(alice, new ShareReport(item.id(), "linkedin", null, null));
    core.shares().record(bob, new ShareReport(item.id(), "x", null, null));
    core.shares().record(bob, new ShareReport(item.id(), "facebook", null, null));
    core.shares().record(carol, new ShareReport(item.id(), "linkedin", null, null));

    assertThat(names(Platform.SLACK, FakeSlack.TEAM)).containsExactly("UALICE");
    assertThat(names(Platform.SLACK, OTHER_TEAM)).containsExactly("UBOB");
    assertThat(names(Platform.TEAMS, TENANT)).containsExactly("29:carol");

    ContentStats stats = new ContentStats(t.app.jdbi());
    assertThat(stats.since(adminA, Instant.EPOCH).get(0).shares()).isEqualTo(1);
    assertThat(stats.since(adminB, Instant.EPOCH).get(0).shares()).isEqualTo(2);

    ShareExport export =
        new ShareExport(t.app.jdbi(), ZoneId.of("Europe/Copenhagen"), core.audit());
    assertThat(export.csv(adminA)).contains("UALICE").doesNotContain("UBOB", "carol");
    assertThat(export.csv(adminB)).contains("UBOB").doesNotContain("UALICE", "carol");

    ReachService reach =
        new ReachService(
            t.app.jdbi(),
            Map.of(Network.LINKEDIN, 500, Network.X, 200, Network.FACEBOOK, 1000),
            Map.of());
    assertThat(reach.realisedFor(Platform.SLACK, FakeSlack.TEAM, item.id())).isEqualTo(500);
    assertThat(reach.realisedFor(Platform.SLACK, OTHER_TEAM, item.id())).isEqualTo(1200);

    // The catalogue is the organisation's, so its changes are in every admin's audit; nothing else.
    assertThat(core.audit().latestIn(adminB, 50))
        .filteredOn(e -> !e.action().startsWith("content."))
        .extracting(e -> e.actorName())
        .doesNotContain("UADMINA");

    assertThatThrownBy(() -> core.members().grant(adminA, bob, Role.LEADER))
        .isInstanceOf(NotAllowedException.class);
    assertThatThrownBy(() -> core.members().revoke(adminA, adminB, Role.ADMIN))
        .isInstanceOf(NotAllowedException.class);
    assertThat(core.members().get(bob.id()).roles()).isEmpty();
    assertThat(core.members().get(adminB.id()).roles()).containsExactly(Role.ADMIN);

    // The real clock has nanoseconds and the database keeps microseconds: still counted once.
    t.clock.advance(Duration.ofNanos(123_456_789));
    assertThat(core.deliveries().sendNow(adminB)).isEqualTo(2);
    List<String> planned =
        t.app
            .jdbi()
            .withHandle(
                h ->
                    h.select("SELECT DISTINCT workspace_id FROM deliveries")
                        .mapTo(String.class)
                        .list());
    assertThat(planned).containsExactly(OTHER_TEAM);
  }

  private List<String> names(Platform platform, String workspace) {
    return core.leaderboard().standings(platform, workspace, Period.ALL_TIME).top().stream()
        .map(Standing::displayName)
        .toList();
  }
}
