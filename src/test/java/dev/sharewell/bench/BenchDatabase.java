package dev.sharewell.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/** Where a benchmark keeps its data: an H2 file of its own, or a new schema on PostgreSQL. */
final class BenchDatabase {
  private static final String H2_OPTIONS =
      ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

  private BenchDatabase() {}

  /**
   * A JDBC url for one run: a new schema named {@code prefix_<millis>} on the server of the {@code
   * --postgres} option when given, so runs never see each other's rows; otherwise an H2 file under
   * {@code workDir}, with {@code --h2-options} appended when given (e.g. {@code ";WRITE_DELAY=500"}
   * to measure H2 without commits written at once).
   */
  static String url(Map<String, String> options, String prefix, Path workDir) throws SQLException {
    String postgres = options.get("postgres");
    if (postgres == null) {
      return "jdbc:h2:file:"
          + workDir.resolve("data/sharewell")
          + H2_OPTIONS
          + options.getOrDefault("h2-options", "");
    }
    String schema = prefix + "_" + System.currentTimeMillis();
    try (Connection connection = DriverManager.getConnection(postgres);
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE SCHEMA " + schema);
    }
    return postgres + (postgres.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  static String engine(String url) {
    return url.startsWith("jdbc:h2") ? "H2" : "PostgreSQL";
  }
}
