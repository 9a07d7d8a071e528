package dev.sharewell.conversation;

import dev.sharewell.common.InvalidInputException;
import dev.sharewell.delivery.DeliveryService;
import dev.sharewell.delivery.DigestStatus;
import dev.sharewell.identity.Profile;
import dev.sharewell.member.Member;
import dev.sharewell.member.MemberService;
import dev.sharewell.member.Role;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** Invitations, roles and sending the digest now: commands for admins and comms. */
final class AdminCommands {
  private final MemberService members;
  private final InvitationService invitations;
  private final DeliveryService digests;

  private final java.time.ZoneId zone;

  AdminCommands(
      MemberService members,
      InvitationService invitations,
      DeliveryService digests,
      java.time.ZoneId zone) {
    this.members = members;
    this.invitations = invitations;
    this.digests = digests;
    this.zone = zone;
  }

  Reply invite(Actor actor, ParsedCommand command) {
    if (command.people().isEmpty() && command.channels().isEmpty()) {
      throw InvalidInputException.of("people", "error.invite.nobody");
    }
    invitations.invite(actor.member(), command.people(), command.channels());
    return actor.say("invite.started", command.people().size(), command.channels().size());
  }

  /** {@code role @person comms} grants; {@code role @person -comms} takes away. */
  Reply role(Actor actor, ParsedCommand command) {
    Optional<String> word = command.args().stream().filter(a -> !a.isBlank()).findFirst();
    if (command.people().size() != 1 || word.isEmpty()) {
      throw InvalidInputException.of("role", "error.role.usage");
    }
    boolean remove = word.get().startsWith("-");
    Role role =
        Role.fromKey(remove ? word.get().substring(1) : word.get())
            .orElseThrow(() -> InvalidInputException.of("role", "error.role.usage"));
    Member target = members.identify(command.people().get(0), Profile.unknown());
    if (remove) {
      if (role == Role.MEMBER) {
        throw InvalidInputException.of("role", "error.role.usage");
      }
      members.revoke(actor.member(), target, role);
      return actor.say("role.revoked", target.displayName(), role.key());
    }
    members.grant(actor.member(), target, role);
    return actor.say(
        role == Role.MEMBER ? "role.reset" : "role.granted", target.displayName(), role.key());
  }

  Reply digest(Actor actor, ParsedCommand command) {
    String word = command.args().isEmpty() ? "" : command.args().get(0);
    if (word.equals("now")) {
      int due = digests.sendNow(actor.member());
      return actor.say(due == 0 ? "digest.none_due" : "digest.started", due);
    }
    if (word.equals("status")) {
      return status(actor, digests.status(actor.member()));
    }
    throw InvalidInputException.of("digest", "error.digest.usage");
  }

  private Reply status(Actor actor, DigestStatus status) {
    DateTimeFormatter time = DateTimeFormatter.ofPattern("EEE HH:mm", actor.language().locale());
    StringBuilder text = new StringBuilder();
    text.append(
        actor.text(
            "digest.status",
            status.period(),
            status.count("PLANNED"),
            status.count("SENDING"),
            status.count("SENT"),
            status.count("FAILED"),
            status.count("SKIPPED")));
    if (status.count("UNKNOWN") > 0) {
      text.append('\n').append(actor.text("digest.status_unknown", status.count("UNKNOWN")));
    }
    status
        .pausedUntil()
        .ifPresent(
            until ->
                text.append('\n')
                    .append(actor.text("digest.status_paused", time.format(until.atZone(zone)))));
    text.append('\n')
        .append(
            status
                .estimatedFinish()
                .map(at -> actor.text("digest.status_finish", time.format(at.atZone(zone))))
                .orElse(actor.text("digest.status_done")));
    return actor.show(dev.sharewell.chat.OutboundMessage.text(text.toString()));
  }
}
