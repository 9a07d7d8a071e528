package dev.sharewell.testing;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jdbi.v3.core.Jdbi;

/** The number of rows in every table of the app's schema: to prove a request wrote nothing. */
public final class TableCounts {
  private TableCounts() {}

  public static Map<String, Integer> of(Jdbi jdbi) {
    return jdbi.withHandle(
        h -> {
          List<String> tables =
              h.select(
                      "SELECT table_name FROM information_schema.tables"
                          + " WHERE table_schema = current_schema AND table_type = 'BASE TABLE'"
                          + " AND table_name <> 'flyway_schema_history'")
                  .mapTo(String.class)
                  .list();
          Map<String, Integer> counts = new TreeMap<>();
          for (String table : tables) {
            counts.put(table, h.select("SELECT COUNT(*) FROM " + table).mapTo(Integer.class).one());
          }
          return counts;
        });
  }
}
