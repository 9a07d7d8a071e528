package dev.sharewell.audit;

import java.time.Instant;

/** One line of the audit log. */
public record AuditEntry(
    Instant occurredAt,
    Long actorMemberId,
    String platform,
    String workspaceId,
    String action,
    String subject,
    String detail) {}
