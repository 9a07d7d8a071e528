package dev.sharewell.conversation;

import dev.sharewell.audit.AuditLog;
import dev.sharewell.chat.ChatDeliveryException;
import dev.sharewell.chat.ChatGateway;
import dev.sharewell.chat.Directory;
import dev.sharewell.chat.OutboundMessage;
import dev.sharewell.chat.Recipient;
import dev.sharewell.common.Language;
import dev.sharewell.common.Texts;
import dev.sharewell.delivery.DeliveryService;
import dev.sharewell.identity.Platform;
import dev.sharewell.identity.PlatformUser;
import dev.sharewell.member.Member;
import dev.sharewell.member.MemberService;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Invites people to join, in the background: each gets a message with Join and No thanks, sent by
 * the outbox like a digest (rate-limited, retried, and once per person however often they are
 * invited). People who already joined are skipped; nobody is opted in, and nothing is stored about
 * those invited but the invitation itself (their platform id, who invited them, its state).
 */
public final class InvitationService {
  private static final Logger LOG = LoggerFactory.getLogger(InvitationService.class);

  private final MemberService members;
  private final DeliveryService deliveries;
  private final ChatGateway gateway;
  private final Map<Platform, Directory> directories = new EnumMap<>(Platform.class);
  private final Executor executor;
  private final AuditLog audit;

  public InvitationService(
      MemberService members,
      DeliveryService deliveries,
      ChatGateway gateway,
      List<Directory> directories,
      Executor executor,
      AuditLog audit) {
    this.members = members;
    this.deliveries = deliveries;
    this.gateway = gateway;
    directories.forEach(d -> this.directories.put(d.platform(), d));
    this.executor = executor;
    this.audit = audit;
  }

  /**
   * What one round of invitations did: people newly invited, people invited before (not invited
   * again), people who had joined already, channels whose members could not be listed.
   */
  public record Outcome(int invited, int invitedBefore, int alreadyJoined, int unreadable) {}

  /** Starts inviting; the inviter gets a summary message once the invitations are queued. */
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
    int unreadable = 0;
    for (String channel : channels) {
      try {
        targets.addAll(directory.channelMembers(inviter.identity().workspaceId(), channel));
      } catch (ChatDeliveryException | NullPointerException e) {
        LOG.warn("Could not list the members of a channel: {}", e.getMessage());
        unreadable++;
      }
    }
    List<PlatformUser> toInvite = new ArrayList<>();
    int joined = 0;
    for (PlatformUser target : targets) {
      if (members.find(target).map(Member::isOptedIn).orElse(false)) {
        joined++;
      } else {
        toInvite.add(target);
      }
    }
    DeliveryService.Invited queued = deliveries.invite(inviter, toInvite);
    return new Outcome(queued.invited(), queued.invitedBefore(), joined, unreadable);
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
                  outcome.invitedBefore(),
                  outcome.alreadyJoined(),
                  outcome.unreadable())));
    } catch (ChatDeliveryException e) {
      LOG.warn("The invitation summary could not be delivered: {}", e.reason());
    }
  }
}
