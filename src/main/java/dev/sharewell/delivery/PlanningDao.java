package dev.sharewell.delivery;

import dev.sharewell.identity.Platform;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The opted-in members with what the planner needs, in one query. */
@RegisterConstructorMapper(PlanningDao.CandidateRow.class)
interface PlanningDao {
  record CandidateRow(
      long id,
      Platform platform,
      String workspaceId,
      String timeZone,
      String preferredDay,
      Integer preferredMinute,
      Integer quietStartMinute,
      Integer quietEndMinute,
      String cadence,
      boolean leader,
      Instant pausedUntil,
      String lastSentPeriod) {}

  String CANDIDATES =
      "SELECT m.id, m.platform, m.workspace_id, m.time_zone, m.preferred_day, m.preferred_minute,"
          + " m.quiet_start_minute, m.quiet_end_minute, m.cadence, m.paused_until,"
          + " EXISTS (SELECT 1 FROM member_roles r WHERE r.member_id = m.id AND r.role = 'LEADER')"
          + " AS leader,"
          + " (SELECT MAX(d.period) FROM deliveries d WHERE d.member_id = m.id"
          + "  AND d.status = 'SENT' AND d.kind = 'DIGEST') AS last_sent_period"
          + " FROM members m WHERE m.opted_in_at IS NOT NULL";

  @SqlQuery(CANDIDATES + " ORDER BY m.id")
  List<CandidateRow> candidates();

  /** The candidates of one Slack workspace or Teams tenant ("digest now" there). */
  @SqlQuery(
      CANDIDATES + " AND m.platform = :platform AND m.workspace_id = :workspaceId ORDER BY m.id")
  List<CandidateRow> candidatesIn(Platform platform, String workspaceId);
}
