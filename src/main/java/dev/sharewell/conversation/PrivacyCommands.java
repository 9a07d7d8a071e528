package dev.sharewell.conversation;

import dev.sharewell.audit.AuditEntry;
import dev.sharewell.audit.AuditLog;
import dev.sharewell.chat.Action;
import dev.sharewell.chat.ActionIds;
import dev.sharewell.chat.OutboundMessage;
import dev.sharewell.privacy.Forgetting;
import dev.sharewell.privacy.PersonalData;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code mydata}, {@code forget} (after a confirmation) and the admins' {@code audit}. */
final class PrivacyCommands {
  private static final int AUDIT_LINES = 20;
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final PersonalData personalData;
  private final Forgetting forgetting;
  private final AuditLog audit;
  private final ZoneId zone;

  PrivacyCommands(PersonalData personalData, Forgetting forgetting, AuditLog audit, ZoneId zone) {
    this.personalData = personalData;
    this.forgetting = forgetting;
    this.audit = audit;
    this.zone = zone;
  }

  Reply myData(Actor actor) {
    PersonalData.Export export = personalData.export(actor.member());
    return actor.file(
        OutboundMessage.text(actor.text("mydata.ready")),
        "sharewell-my-data.json",
        export.json(),
        export.about());
  }

  /** Asks first: forgetting cannot be undone. */
  Reply forget(Actor actor) {
    return actor.show(
        OutboundMessage.builder(actor.text("forget.summary"))
            .heading(actor.text("forget.heading"))
            .paragraph(actor.text("forget.explain"))
            .actions(
                List.of(
                    new Action.Button(
                        ActionIds.FORGET, actor.text("forget.confirm"), "", Action.Style.DANGER)))
            .build());
  }

  Reply confirmForget(Actor actor) {
    forgetting.forget(actor.member());
    return actor.say("forget.done");
  }

  Reply audit(Actor actor) {
    List<AuditEntry> entries = audit.latestIn(actor.member(), AUDIT_LINES);
    if (entries.isEmpty()) {
      return actor.say("audit.empty");
    }
    List<String> lines = new ArrayList<>();
    for (AuditEntry entry : entries) {
      lines.add(
          actor.text(
              "audit.line",
              WHEN.format(entry.occurredAt().atZone(zone)),
              Optional.ofNullable(entry.actorName()).orElse(actor.text("audit.nobody")),
              entry.action(),
              Optional.ofNullable(entry.subject()).orElse("–"),
              Optional.ofNullable(entry.detail()).orElse("–")));
    }
    return actor.show(
        OutboundMessage.builder(actor.text("audit.summary", entries.size()))
            .heading(actor.text("audit.heading"))
            .paragraph(String.join("\n", lines))
            .build());
  }
}
