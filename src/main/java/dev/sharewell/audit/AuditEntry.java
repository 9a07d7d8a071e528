package dev.sharewell.audit;

import java.time.Instant;

/** One line of the audit log; the actor's name is null once they were forgotten. */
public record AuditEntry(
    Instant occurredAt,
    Long actorMemberId,
    String actorName,
    String platform,
    String workspaceId,
    String action,
    String subject,
    String detail) {}
