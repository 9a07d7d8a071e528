package dev.sharewell.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sharewell.audit.AuditLog;
import dev.sharewell.common.NotAllowedException;
import dev.sharewell.content.ContentDraft;
import dev.sharewell.content.ContentItem;
import dev.sharewell.conversation.InvitationService;
import dev.sharewell.identity.Platform;
import dev.sharewell.identity.PlatformUser;
import dev.sharewell.identity.Profile;
import dev.sharewell.member.Member;
import dev.sharewell.member.MemberService;
import dev.sharewell.member.Role;
import dev.sharewell.share.ContentStats;
import dev.sharewell.share.ShareExport;
import dev.sharewell.testing.FakeSlack;
import dev.sharewell.testing.SlackTestApp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Role checks live in the core services, not only in the command parser: each privileged service
 * call, made directly by a member without the role, is refused and changes nothing.
 */
class RoleChecksTest {
  @RegisterExtension final SlackTestApp t = SlackTestApp.extension();
  private CoreServices core;
  private AuditLog audit;
  private Member member;
  private Member comms;
  private Member admin;
  private ContentItem item;

  @BeforeEach
  void start() {
    core = t.app.core();
    audit = core.audit();
    MemberService members = core.members();
    member = joined("UMEMBER");
    admin = joined(SlackTestApp.ADMIN);
    comms = members.grant(admin, joined("UCOMMS"), Role.COMMS);
    item =
        core.content()
            .add(
                comms,
                new ContentDraft(
                    "Launch", "https://example.com/launch", null, null, null, null, null, null),
                List.of());
  }

  private Member joined(String userId) {
    Member someone =
        core.members()
            .identify(
                new PlatformUser(Platform.SLACK, FakeSlack.TEAM, userId), Profile.named(userId));
    core.members().join(someone);
    return core.members().get(someone.id());
  }

  @Test
  void comms_actions_are_refused_to_a_member() {
    ZoneId zone = ZoneId.of("Europe/Copenhagen");
    refused(
        () ->
            core.content()
                .add(
                    member,
                    new ContentDraft(
                        "Mine", "https://example.com/mine", null, null, null, null, null, null),
                    List.of()));
    refused(() -> core.content().archive(member, item.id()));
    refused(() -> core.deliveries().sendNow(member));
    refused(() -> core.deliveries().status(member));
    refused(() -> new ContentStats(t.db.jdbi()).since(member, Instant.EPOCH));
    refused(() -> new ShareExport(t.db.jdbi(), zone, audit).csv(member));

    assertThat(core.content().listLive()).extracting(ContentItem::title).containsExactly("Launch");
    assertThat(t.rows().count("deliveries")).isZero();
  }

  @Test
  void admin_actions_are_refused_to_a_member_and_to_comms() {
    for (Member actor : List.of(member, comms)) {
      refused(() -> core.members().grant(actor, actor, Role.ADMIN));
      refused(() -> core.members().revoke(actor, admin, Role.ADMIN));
      refused(() -> core.poster().chooseChannel(actor, "C0123"));
      refused(() -> core.poster().postNow(actor));
      refused(() -> audit.latestIn(actor, 10));
      refused(
          () ->
              new InvitationService(
                      core.members(), core.deliveries(), null, List.of(), Runnable::run, audit)
                  .invite(actor, List.of(), List.of("C0123")));
    }
    assertThat(core.members().get(member.id()).roles()).isEmpty();
    assertThat(t.rows().count("app_settings")).isZero();
    assertThat(t.slack.calls("chat.postMessage")).isEmpty();
  }

  @Test
  void privileged_actions_are_in_the_audit_log_and_admins_see_their_workspace_and_the_catalogue() {
    core.members().grant(admin, member, Role.LEADER);
    Member otherAdmin =
        core.members()
            .identify(new PlatformUser(Platform.SLACK, "T0OTHER", "UBOSS"), Profile.named("Boss"));
    t.db
        .jdbi()
        .useHandle(
            h ->
                h.execute(
                    "INSERT INTO member_roles (member_id, role, granted_at) VALUES (?, 'ADMIN', ?)",
                    otherAdmin.id(),
                    Instant.now()));
    Member boss = core.members().get(otherAdmin.id());

    assertThat(audit.latestIn(admin, 10))
        .extracting(e -> e.actorName() + " " + e.action() + " " + e.subject())
        .containsExactly(
            "UADMIN role.grant slack:T0001/UMEMBER",
            "UCOMMS content.add content:" + item.id(),
            "UADMIN role.grant slack:T0001/UCOMMS");
    // Another workspace's admin sees the organisation's catalogue change, and nothing else.
    assertThat(audit.latestIn(boss, 10))
        .extracting(e -> e.actorName() + " " + e.action() + " " + e.subject())
        .containsExactly("UCOMMS content.add content:" + item.id());
  }

  @Test
  void the_audit_command_shows_admins_their_workspace_log_and_members_nothing_of_it() {
    t.requests.command(SlackTestApp.ADMIN, "role <@UMEMBER|member> leader");

    String log = FakeSlack.text(t.requests.command(SlackTestApp.ADMIN, "audit").json());
    assertThat(log)
        .contains("Audit log")
        .contains("uadmin · role.grant · slack:T0001/UMEMBER · leader")
        .contains("UCOMMS · content.add");
    assertThat(log.indexOf("slack:T0001/UMEMBER")).isLessThan(log.indexOf("content.add"));

    String asked = FakeSlack.text(t.requests.command("UMEMBER", "audit").json());
    assertThat(asked).contains("Only people with the admin role").doesNotContain("role.grant");
  }

  private static void refused(ThrowingCallable call) {
    assertThatThrownBy(call).isInstanceOf(NotAllowedException.class).hasMessageContaining("role");
  }
}
