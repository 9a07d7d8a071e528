package dev.sharewell.delivery;

import dev.sharewell.chat.OutboundMessage;
import dev.sharewell.chat.Recipient;
import dev.sharewell.common.Language;
import dev.sharewell.identity.PlatformUser;
import dev.sharewell.member.Member;
import dev.sharewell.member.MemberService;
import dev.sharewell.member.Workspaces;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * What a claimed row sends, and to whom: a member's digest (or the check-in instead, after three
 * ignored ones), or an invitation; or why nothing is sent (the member left or paused since, the
 * person invited joined meanwhile, the workspace uninstalled the app, nothing new to send).
 */
public final class OutboxMessages {
  static final int IGNORED_BEFORE_CHECK_IN = 3;

  /** What a row leads to. */
  sealed interface Prepared permits Letter, Skip {}

  /** A message to send; {@code member} is the digest's member (none for an invitation). */
  record Letter(Recipient recipient, OutboundMessage message, String kind, Optional<Member> member)
      implements Prepared {}

  /** Nothing to send, and why. */
  record Skip(String reason) implements Prepared {}

  private final Jdbi jdbi;
  private final Clock clock;
  private final MemberService members;
  private final Workspaces workspaces;
  private final DigestComposer composer;

  public OutboxMessages(
      Jdbi jdbi,
      Clock clock,
      MemberService members,
      Workspaces workspaces,
      DigestComposer composer) {
    this.jdbi = jdbi;
    this.clock = clock;
    this.members = members;
    this.workspaces = workspaces;
    this.composer = composer;
  }

  /** Who the row is for, without composing anything (to look for an earlier send). */
  Recipient recipientOf(OutboxDao.Claimed row) {
    if (row.isInvitation()) {
      return Recipient.person(invitee(row));
    }
    return Recipient.person(members.get(row.memberId()).identity());
  }

  Prepared prepare(OutboxDao.Claimed row) {
    if (!workspaces.isActive(row.platform(), row.workspaceId())) {
      return new Skip("workspace uninstalled");
    }
    return row.isInvitation() ? invitation(row) : digest(row);
  }

  private Prepared invitation(OutboxDao.Claimed row) {
    PlatformUser invitee = invitee(row);
    if (members.find(invitee).map(Member::isOptedIn).orElse(false)) {
      return new Skip("already joined");
    }
    if (row.inviterId() == null) {
      return new Skip("the inviter was forgotten");
    }
    Member inviter = members.get(row.inviterId());
    return new Letter(
        Recipient.person(invitee),
        InvitationMessage.render(inviter.displayName(), Language.EN),
        OutboxDao.INVITATION,
        Optional.empty());
  }

  private Prepared digest(OutboxDao.Claimed row) {
    Member member = members.get(row.memberId());
    Instant now = clock.instant();
    if (!member.isOptedIn() || member.isPausedAt(now)) {
      return new Skip("member left or paused");
    }
    Recipient to = Recipient.person(member.identity());
    if (ignoredTooOften(member)) {
      return new Letter(
          to, CheckInMessage.render(member.language()), "CHECK_IN", Optional.of(member));
    }
    List<DigestEntry> entries = composer.compose(member, row.id());
    if (entries.isEmpty()) {
      return new Skip("nothing to send");
    }
    return new Letter(to, DigestMessage.render(member, entries), "DIGEST", Optional.of(member));
  }

  private static PlatformUser invitee(OutboxDao.Claimed row) {
    return new PlatformUser(row.platform(), row.workspaceId(), row.recipientId());
  }

  /**
   * Whether the member ignored {@value #IGNORED_BEFORE_CHECK_IN} digests in a row (no button, no
   * form since the last one). Counts this digest's predecessor as it goes.
   */
  private boolean ignoredTooOften(Member member) {
    OutboxDao.EngagementRow engagement =
        jdbi.withExtension(OutboxDao.class, dao -> dao.engagement(member.id()));
    if (engagement.lastSentAt() == null) {
      return false;
    }
    boolean reacted =
        engagement.lastReactionAt() != null
            && engagement.lastReactionAt().isAfter(engagement.lastSentAt());
    int ignored = reacted ? 0 : engagement.ignoredDigests() + 1;
    if (ignored != engagement.ignoredDigests()) {
      members.setIgnoredDigests(member, ignored);
    }
    return ignored >= IGNORED_BEFORE_CHECK_IN;
  }
}
