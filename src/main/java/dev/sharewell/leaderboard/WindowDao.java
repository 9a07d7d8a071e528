package dev.sharewell.leaderboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL for the rolling bucket: where its window stands, and adding or removing a day. */
interface WindowDao {
  @SqlQuery("SELECT through_day FROM leaderboard_windows WHERE bucket = :bucket")
  Optional<LocalDate> throughDay(String bucket);

  @SqlQuery("SELECT through_day FROM leaderboard_windows WHERE bucket = :bucket FOR UPDATE")
  Optional<LocalDate> lockThroughDay(String bucket);

  @SqlUpdate(
      "INSERT INTO leaderboard_windows (bucket, through_day) VALUES (:bucket, :day)"
          + " ON CONFLICT DO NOTHING")
  void start(String bucket, LocalDate day);

  @SqlUpdate("UPDATE leaderboard_windows SET through_day = :day WHERE bucket = :bucket")
  void setThroughDay(String bucket, LocalDate day);

  /** Empties the bucket in place; rows stay, so a share being reported never loses its row. */
  @SqlUpdate(
      "UPDATE leaderboard_totals SET points = 0, shares = 0, personalised = 0 WHERE bucket = :bucket")
  void clear(String bucket);

  /** Gives every member with a row in {@code day} a row in the bucket. */
  @SqlUpdate(
      "INSERT INTO leaderboard_totals (bucket, member_id, platform, workspace_id, active, points,"
          + " shares, personalised, reached_at) SELECT :bucket, member_id, platform, workspace_id,"
          + " active, 0, 0, 0, reached_at FROM leaderboard_totals WHERE bucket = :day"
          + " ON CONFLICT DO NOTHING")
  void openFrom(String bucket, String day);

  /** A day bucket's rows, to add to or take from the rolling bucket. */
  @SqlQuery(
      "SELECT member_id, points, shares, personalised, reached_at FROM leaderboard_totals"
          + " WHERE bucket = :day")
  @RegisterConstructorMapper(DayTotal.class)
  List<DayTotal> day(String day);

  /**
   * Adds ({@code sign} 1) or subtracts ({@code sign} -1) day totals, one keyed update per member: a
   * correlated UPDATE or a MERGE over the bucket took seconds on H2.
   */
  @SqlBatch(
      "UPDATE leaderboard_totals SET points = points + :sign * :t.points,"
          + " shares = shares + :sign * :t.shares,"
          + " personalised = personalised + :sign * :t.personalised,"
          + " reached_at = CASE WHEN :sign > 0 AND :t.points > 0 AND reached_at < :t.reachedAt"
          + " THEN :t.reachedAt ELSE reached_at END"
          + " WHERE bucket = :bucket AND member_id = :t.memberId")
  void shift(String bucket, @BindMethods("t") List<DayTotal> totals, int sign);

  /** One member's totals on one day. */
  record DayTotal(long memberId, long points, long shares, long personalised, Instant reachedAt) {}
}
