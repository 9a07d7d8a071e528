package dev.sharewell.privacy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.sharewell.identity.PlatformUser;
import dev.sharewell.member.Member;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Everything Sharewell stores about one member, as JSON ({@code mydata}). Rows are read whole,
 * every column, so a column added later is exported without anyone remembering to add it here.
 */
public final class PersonalData {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final Jdbi jdbi;
  private final Clock clock;

  public PersonalData(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  /** The JSON document, and the members whose data it holds: the member, and whom they named. */
  public record Export(String json, Set<Long> about) {}

  /** The member's data as a JSON document. */
  public Export export(Member member) {
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("exported_at", clock.instant().toString());
    document.put(
        "about",
        "Everything Sharewell stores about you. 'forget' deletes it; your shares then stay only as"
            + " anonymous counts.");
    Set<Long> about =
        jdbi.inTransaction(
            handle -> {
              collect(handle, member, document);
              return membersNamed(handle, member);
            });
    try {
      return new Export(JSON.writeValueAsString(document), about);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Personal data could not be written as JSON", e);
    }
  }

  private static void collect(Handle handle, Member member, Map<String, Object> document) {
    long id = member.id();
    document.put("member", one(rows(handle, "SELECT * FROM members WHERE id = ?", id)));
    document.put(
        "roles", rows(handle, "SELECT role, granted_at FROM member_roles WHERE member_id = ?", id));
    document.put(
        "networks",
        rows(handle, "SELECT network, followers FROM member_networks WHERE member_id = ?", id));
    document.put(
        "shares",
        rows(
            handle,
            "SELECT s.reported_at, c.title AS item, c.url AS item_url, s.network, s.text,"
                + " s.post_url, s.personalised, s.closeness,"
                + " (SELECT SUM(p.points) FROM points p WHERE p.share_id = s.id) AS points"
                + " FROM shares s JOIN content_items c ON c.id = s.content_id"
                + " WHERE s.member_id = ? ORDER BY s.reported_at, s.id",
            id));
    document.put(
        "points",
        rows(
            handle,
            "SELECT awarded_at, points, share_id FROM points WHERE member_id = ? ORDER BY id",
            id));
    document.put(
        "digests",
        rows(
            handle,
            "SELECT d.period, d.kind, d.status, d.due_at, d.sent_at, c.title AS item"
                + " FROM deliveries d LEFT JOIN delivery_items i ON i.delivery_id = d.id"
                + " LEFT JOIN content_items c ON c.id = i.content_id"
                + " WHERE d.member_id = ? ORDER BY d.due_at, i.position",
            id));
    // Their short links and the clicks on them; the token itself is left out, as in every log.
    document.put(
        "tracked_links",
        rows(
            handle,
            "SELECT c.title AS item, l.network, l.created_at,"
                + " (SELECT SUM(k.clicks) FROM link_clicks k WHERE k.link_id = l.id) AS clicks,"
                + " (SELECT SUM(k.unique_clicks) FROM link_clicks k WHERE k.link_id = l.id)"
                + " AS unique_clicks"
                + " FROM tracked_links l JOIN content_items c ON c.id = l.content_id"
                + " WHERE l.member_id = ? ORDER BY l.id",
            id));
    document.put(
        "not_for_me",
        rows(
            handle,
            "SELECT c.title AS item, x.dismissed_at FROM dismissals x"
                + " JOIN content_items c ON c.id = x.content_id WHERE x.member_id = ?",
            id));
    document.put(
        "leaderboard_totals",
        rows(
            handle,
            "SELECT bucket, points, shares, personalised, reached_at FROM leaderboard_totals"
                + " WHERE member_id = ? ORDER BY bucket",
            id));
    document.put(
        "content_added",
        rows(
            handle,
            "SELECT id, title, url, created_at FROM content_items WHERE created_by = ?",
            id));
    document.put(
        "chats",
        rows(
            handle,
            "SELECT conversation_id, kind, updated_at FROM conversation_refs"
                + " WHERE platform = ? AND workspace_id = ? AND user_id = ?",
            member.identity().platform().name(),
            member.identity().workspaceId(),
            member.identity().userId()));
    document.put(
        "audit_log",
        rows(
            handle,
            "SELECT occurred_at, action, subject, detail FROM audit_log"
                + " WHERE actor_member_id = ? OR subject = ? ORDER BY occurred_at, id",
            id,
            member.identity().qualifiedId()));
  }

  /**
   * The member and the members their audit entries name as subject (roles they granted or revoked):
   * the document holds those members' ids too.
   */
  private static Set<Long> membersNamed(Handle handle, Member member) {
    Set<Long> ids = new HashSet<>(Set.of(member.id()));
    List<String> subjects =
        handle
            .select(
                "SELECT DISTINCT subject FROM audit_log"
                    + " WHERE actor_member_id = ? AND subject IS NOT NULL",
                member.id())
            .mapTo(String.class)
            .list();
    Set<String> userIds = new HashSet<>();
    for (String subject : subjects) {
      // A qualified id ends in the user id, after a ':' or '/' (a Teams id has ':' in it too).
      for (int i = 0; i < subject.length(); i++) {
        if (subject.charAt(i) == ':' || subject.charAt(i) == '/') {
          userIds.add(subject.substring(i + 1));
        }
      }
    }
    if (userIds.isEmpty()) {
      return ids;
    }
    PlatformUser self = member.identity();
    handle
        .createQuery(
            "SELECT id, user_id FROM members WHERE platform = :platform"
                + " AND workspace_id = :workspace AND user_id IN (<userIds>)")
        .bind("platform", self.platform().name())
        .bind("workspace", self.workspaceId())
        .bindList("userIds", List.copyOf(userIds))
        .map(
            (rs, ctx) ->
                Map.entry(
                    rs.getLong("id"),
                    new PlatformUser(self.platform(), self.workspaceId(), rs.getString("user_id"))))
        .forEach(
            named -> {
              if (subjects.contains(named.getValue().qualifiedId())) {
                ids.add(named.getKey());
              }
            });
    return Set.copyOf(ids);
  }

  private static Map<String, Object> one(List<Map<String, Object>> rows) {
    return rows.isEmpty() ? Map.of() : rows.get(0);
  }

  private static List<Map<String, Object>> rows(Handle handle, String sql, Object... args) {
    return handle.select(sql, args).mapToMap().stream().map(PersonalData::plain).toList();
  }

  /** Times as ISO-8601 instants, whatever type the database driver returned. */
  private static Map<String, Object> plain(Map<String, Object> row) {
    Map<String, Object> plain = new LinkedHashMap<>();
    row.forEach(
        (column, value) -> {
          Object shown = value;
          if (value instanceof Timestamp timestamp) {
            shown = timestamp.toInstant().toString();
          } else if (value instanceof OffsetDateTime time) {
            shown = time.toInstant().toString();
          } else if (value instanceof TemporalAccessor) {
            shown = value.toString();
          }
          plain.put(column, shown);
        });
    return plain;
  }
}
