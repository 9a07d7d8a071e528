package dev.sharewell.app;

import dev.sharewell.audit.AuditLog;
import dev.sharewell.content.ContentService;
import dev.sharewell.member.MemberService;
import java.time.Clock;
import org.jdbi.v3.core.Jdbi;

/** The core services, wired once and shared by both chat adapters. */
record CoreServices(AuditLog audit, MemberService members, ContentService content) {

  static CoreServices create(Jdbi jdbi, Clock clock, Settings settings) {
    AuditLog audit = new AuditLog(jdbi, clock);
    MemberService members = new MemberService(jdbi, clock, settings.admins(), audit);
    ContentService content = new ContentService(jdbi, clock, settings.timeZone(), audit);
    return new CoreServices(audit, members, content);
  }
}
