package dev.sharewell.share;

import dev.sharewell.audit.AuditLog;
import dev.sharewell.member.Member;
import dev.sharewell.member.Network;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * The shares of a workspace as CSV for comms and admins: date, member (their name, unless they
 * chose to be hidden), item, network, whether personalised, points. It agrees with the ledger.
 */
public final class ShareExport {
  static final String[] HEADER = {"date", "member", "item", "network", "personalised", "points"};

  private final Jdbi jdbi;
  private final ZoneId zone;

  private final AuditLog audit;

  public ShareExport(Jdbi jdbi, ZoneId zone, AuditLog audit) {
    this.jdbi = jdbi;
    this.zone = zone;
    this.audit = audit;
  }

  /** The CSV of the actor's workspace, and the members whose shares it lists. */
  public record Csv(String text, Set<Long> about) {}

  /** The CSV of the actor's workspace. */
  public String csv(Member actor) {
    return file(actor).text();
  }

  /** The CSV of the actor's workspace, with the ids of the members in it. */
  public Csv file(Member actor) {
    actor.requireComms();
    audit.record(actor, "share.export", actor.identity().workspaceId(), null);
    List<Row> rows =
        jdbi.withExtension(
            Dao.class,
            dao -> dao.rows(actor.identity().platform().name(), actor.identity().workspaceId()));
    DateTimeFormatter date = DateTimeFormatter.ISO_LOCAL_DATE.withZone(zone);
    Set<Long> about = new HashSet<>();
    StringWriter out = new StringWriter();
    try (CSVPrinter csv = CSVFormat.DEFAULT.builder().setHeader(HEADER).get().print(out)) {
      for (Row row : rows) {
        if (row.memberId() != null) {
          about.add(row.memberId());
        }
        csv.printRecord(
            date.format(row.reportedAt()),
            name(row),
            safe(row.title()),
            row.network().displayName(),
            row.personalised() ? "yes" : "no",
            row.points());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Csv(out.toString(), Set.copyOf(about));
  }

  /** Hidden members are not named, and a forgotten member has no name left to give. */
  private static String name(Row row) {
    if (row.displayName() == null) {
      return "(forgotten)";
    }
    return row.visible() ? safe(row.displayName()) : "(hidden)";
  }

  /** Keeps spreadsheets from reading a cell as a formula (=, +, -, @ at the start). */
  static String safe(String cell) {
    return cell != null && !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0
        ? "'" + cell
        : cell;
  }

  /** One exported share. */
  public record Row(
      Instant reportedAt,
      Long memberId,
      String displayName,
      boolean visible,
      String title,
      Network network,
      boolean personalised,
      int points) {}

  @RegisterConstructorMapper(Row.class)
  interface Dao {
    @SqlQuery(
        "SELECT s.reported_at, s.member_id, m.display_name, COALESCE(m.leaderboard_visible, FALSE) AS visible,"
            + " c.title,"
            + " s.network, s.personalised, COALESCE(p.points, 0) AS points"
            + " FROM shares s LEFT JOIN members m ON m.id = s.member_id"
            + " JOIN content_items c ON c.id = s.content_id"
            + " LEFT JOIN points p ON p.share_id = s.id"
            + " WHERE s.platform = :platform AND s.workspace_id = :workspaceId"
            + " ORDER BY s.reported_at, s.id")
    List<Row> rows(String platform, String workspaceId);
  }
}
