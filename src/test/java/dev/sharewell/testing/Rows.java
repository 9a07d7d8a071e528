package dev.sharewell.testing;

import org.jdbi.v3.core.Jdbi;

/**
 * How many rows a table holds, all or those matching a condition: what a test reads to see what a
 * request wrote, or did not write.
 *
 * <pre>{@code
 * assertThat(t.rows().count("members", "opted_in_at IS NOT NULL AND user_id = ?", BOB)).isOne();
 * }</pre>
 */
public final class Rows {
  private final Jdbi jdbi;

  public Rows(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** All rows of {@code table} (which may be a join). */
  public int count(String table) {
    return jdbi.withHandle(
        h -> h.select("SELECT COUNT(*) FROM " + table).mapTo(Integer.class).one());
  }

  /** The rows of {@code table} matching {@code where}, its {@code ?} bound to {@code args}. */
  public int count(String table, String where, Object... args) {
    return jdbi.withHandle(
        h ->
            h.select("SELECT COUNT(*) FROM " + table + " WHERE " + where, args)
                .mapTo(Integer.class)
                .one());
  }

  /** The highest id in {@code table}, as text: the row added last. */
  public String latestId(String table) {
    return jdbi.withHandle(h -> h.select("SELECT MAX(id) FROM " + table).mapTo(String.class).one());
  }
}
