package dev.sharewell.app;

import dev.sharewell.testing.FakeConnector;
import dev.sharewell.testing.FakeSlack;
import dev.sharewell.testing.TableCounts;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jdbi.v3.core.Jdbi;

/** What the database holds, without ids and times: comparable between two runs. */
record FuzzSnapshot(
    Map<String, Integer> counts,
    Map<String, List<String>> keyRows,
    List<String> strangers,
    List<String> outsiders) {
  /** Tables the fuzz may add rows to: people and workspaces that spoke to the bot. */
  private static final Set<String> OPEN_TABLES =
      Set.of("members", "member_networks", "workspaces", "conversation_refs");

  private static final String KNOWN =
      "(user_id LIKE 'UV%' OR user_id LIKE '29:v%' OR user_id IN ('UADMIN', '29:admin'))";

  /** The workspace and tenant FuzzStack's organisation is made of. */
  private static final String ORGANISATION =
      "((UPPER(platform) = 'SLACK' AND workspace_id = '"
          + FakeSlack.TEAM
          + "') OR (UPPER(platform) = 'TEAMS' AND workspace_id = '"
          + FakeConnector.TENANT
          + "'))";

  static FuzzSnapshot of(Jdbi jdbi) {
    Map<String, Integer> counts = new TreeMap<>(TableCounts.of(jdbi));
    counts.keySet().removeAll(OPEN_TABLES);
    Map<String, List<String>> rows = new TreeMap<>();
    rows.put(
        "members",
        rows(
            jdbi,
            "SELECT platform || ' ' || workspace_id || ' ' || user_id || ' joined='"
                + " || CAST(opted_in_at IS NOT NULL AND left_at IS NULL AS VARCHAR)"
                + " || ' paused=' || CAST(paused_until IS NOT NULL AS VARCHAR)"
                + " || ' language=' || COALESCE(language, '-')"
                + " FROM members WHERE "
                + KNOWN));
    rows.put(
        "networks",
        rows(
            jdbi,
            "SELECT m.user_id || ' ' || n.network || ' ' || COALESCE(CAST(n.followers AS VARCHAR), '-')"
                + " FROM member_networks n JOIN members m ON m.id = n.member_id WHERE "
                + KNOWN.replace("user_id", "m.user_id")));
    rows.put(
        "content",
        rows(
            jdbi, "SELECT title || ' ' || url || ' ' || kind || ' ' || status FROM content_items"));
    rows.put(
        "shares",
        rows(
            jdbi,
            "SELECT m.user_id || ' ' || c.url || ' ' || s.network"
                + " || ' ' || CAST(s.personalised AS VARCHAR)"
                + " FROM shares s JOIN members m ON m.id = s.member_id"
                + " JOIN content_items c ON c.id = s.content_id"));
    rows.put(
        "points",
        rows(
            jdbi,
            "SELECT m.user_id || ' ' || CAST(SUM(p.points) AS VARCHAR)"
                + " FROM points p JOIN members m ON m.id = p.member_id GROUP BY m.user_id"));
    rows.put(
        "roles",
        rows(
            jdbi,
            "SELECT m.user_id || ' ' || r.role FROM member_roles r"
                + " JOIN members m ON m.id = r.member_id"));
    rows.put("audit", rows(jdbi, "SELECT action || ' ' || COALESCE(detail, '-') FROM audit_log"));
    List<String> strangers =
        rows(
            jdbi,
            "SELECT user_id || ' opted_in=' || CAST(opted_in_at IS NOT NULL AS VARCHAR)"
                + " FROM members WHERE NOT "
                + KNOWN);
    List<String> outsiders = new ArrayList<>();
    for (String table : OPEN_TABLES) {
      if (!table.equals("member_networks")) {
        outsiders.addAll(
            rows(
                jdbi,
                "SELECT '"
                    + table
                    + " ' || platform || ' ' || workspace_id FROM "
                    + table
                    + " WHERE NOT "
                    + ORGANISATION));
      }
    }
    return new FuzzSnapshot(counts, rows, strangers, outsiders);
  }

  private static List<String> rows(Jdbi jdbi, String sql) {
    List<String> rows =
        new ArrayList<>(jdbi.withHandle(h -> h.select(sql).mapTo(String.class).list()));
    Collections.sort(rows);
    return rows;
  }
}
