package dev.sharewell.conversation;

import dev.sharewell.chat.ChatDeliveryException;
import dev.sharewell.chat.ChatGateway;
import dev.sharewell.chat.OutboundMessage;
import dev.sharewell.chat.Recipient;
import dev.sharewell.common.Language;
import dev.sharewell.common.Message;
import dev.sharewell.common.NotFoundException;
import dev.sharewell.common.Texts;
import dev.sharewell.identity.Platform;
import dev.sharewell.member.Member;
import dev.sharewell.member.MemberService;
import dev.sharewell.member.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Escalates a critical comment to the comms team: to their channel on the member's platform when
 * one is configured, else directly to each comms member of the workspace.
 */
public final class FlagService {
  private static final Logger LOG = LoggerFactory.getLogger(FlagService.class);

  private final ChatGateway gateway;
  private final MemberService members;
  private final Map<Platform, String> commsChannels;

  public FlagService(
      ChatGateway gateway, MemberService members, Map<Platform, String> commsChannels) {
    this.gateway = gateway;
    this.members = members;
    this.commsChannels = Map.copyOf(commsChannels);
  }

  /** Sends the flag; returns how many destinations accepted it. */
  int flag(Member actor, String link, String note) {
    List<Recipient> destinations = new ArrayList<>();
    Platform platform = actor.identity().platform();
    String workspace = actor.identity().workspaceId();
    String channel = commsChannels.get(platform);
    if (channel != null) {
      destinations.add(Recipient.channel(platform, workspace, channel));
    } else {
      for (Member comms : members.withRole(platform, workspace, Role.COMMS)) {
        destinations.add(Recipient.person(comms.identity()));
      }
    }
    if (destinations.isEmpty()) {
      throw new NotFoundException(Message.of("error.flag.nobody"));
    }
    // Comms read it in the organisation's default language: the flag is for them, not the member.
    OutboundMessage message = message(actor, link, note, Language.EN);
    int delivered = 0;
    for (Recipient destination : destinations) {
      try {
        gateway.send(destination, message);
        delivered++;
      } catch (ChatDeliveryException e) {
        LOG.warn("A flag could not reach comms: {} {}", e.kind(), e.reason());
      }
    }
    if (delivered == 0) {
      throw new NotFoundException(Message.of("error.flag.undelivered"));
    }
    return delivered;
  }

  private static OutboundMessage message(Member actor, String link, String note, Language lang) {
    OutboundMessage.Builder message =
        OutboundMessage.builder(Texts.get(lang, "flag.comms_summary", actor.displayName()))
            .heading(Texts.get(lang, "flag.comms_heading", actor.displayName()))
            .paragraph(link);
    if (note != null) {
      message.paragraph(note);
    }
    return message.note(Texts.get(lang, "flag.comms_hint")).build();
  }
}
