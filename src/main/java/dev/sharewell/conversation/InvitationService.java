package dev.sharewell.conversation;

import dev.sharewell.audit.AuditLog;
import dev.sharewell.chat.ChatDeliveryException;
import dev.sharewell.chat.ChatGateway;
import dev.sharewell.chat.Directory;
import dev.sharewell.chat.OutboundMessage;
import dev.sharewell.chat.Recipient;
import dev.sharewell.common.Language;
import dev.sharewell.common.Texts;
import dev.sharewell.member.Member;
import dev.sharewell.member.MemberService;
import dev.sharewell.member.Platform;
import dev.sharewell.member.PlatformUser;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Invites people to join, in the background: each gets a message with Join and No thanks. People
 * who already joined are skipped; nobody is opted in, and nothing is stored about those invited
 * until they answer.
 */
public final class InvitationService {
  private static final Logger LOG = LoggerFactory.getLogger(InvitationService.class);

  private final MemberService members;
  private final ChatGateway gateway;
  private final Map<Platform, Directory> directories = new EnumMap<>(Platform.class);
  private final Executor executor;
  private final AuditLog audit;

  public InvitationService(
      MemberService members,
      ChatGateway gateway,
      List<Directory> directories,
      Executor executor,
      AuditLog audit) {
    this.members = members;
    this.gateway = gateway;
    directories.forEach(d -> this.directories.put(d.platform(), d));
    this.executor = executor;
    this.audit = audit;
  }

  /** What one round of invitations did. */
  public record Outcome(int invited, int alreadyJoined, int unreachable) {}

  /** Starts inviting; the inviter gets a summary message when it is done. */
  public void invite(Member inviter, List<PlatformUser> people, List<String> channels) {
    inviter.requireAdmin();
    audit.record(
        inviter,
        "invite",
        people.size() + " people, " + channels.size() + " channels",
        String.join(",", channels));
    executor.execute(
        () -> {
          Outcome outcome = inviteNow(inviter, people, channels);
          report(inviter, outcome);
        });
  }

  Outcome inviteNow(Member inviter, List<PlatformUser> people, List<String> channels) {
    Set<PlatformUser> targets = new LinkedHashSet<>(people);
    Directory directory = directories.get(inviter.identity().platform());
    int unreachable = 0;
    for (String channel : channels) {
      try {
        targets.addAll(directory.channelMembers(inviter.identity().workspaceId(), channel));
      } catch (ChatDeliveryException | NullPointerException e) {
        LOG.warn("Could not list the members of a channel: {}", e.getMessage());
        unreachable++;
      }
    }
    int invited = 0;
    int joined = 0;
    OutboundMessage invitation = Greetings.invitation(inviter.displayName(), Language.EN);
    for (PlatformUser target : targets) {
      if (members.find(target).map(Member::isOptedIn).orElse(false)) {
        joined++;
        continue;
      }
      try {
        gateway.send(Recipient.person(target), invitation);
        invited++;
      } catch (ChatDeliveryException e) {
        LOG.warn("An invitation could not be delivered: {} {}", e.kind(), e.reason());
        unreachable++;
      }
    }
    return new Outcome(invited, joined, unreachable);
  }

  private void report(Member inviter, Outcome outcome) {
    Language lang = inviter.language();
    try {
      gateway.send(
          Recipient.person(inviter.identity()),
          OutboundMessage.text(
              Texts.get(
                  lang,
                  "invite.report",
                  outcome.invited(),
                  outcome.alreadyJoined(),
                  outcome.unreachable())));
    } catch (ChatDeliveryException e) {
      LOG.warn("The invitation summary could not be delivered: {}", e.reason());
    }
  }
}
