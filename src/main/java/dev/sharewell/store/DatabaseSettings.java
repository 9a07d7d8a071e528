package dev.sharewell.store;

import java.util.Optional;

/** Where the database is and how to log in. */
public record DatabaseSettings(
    String url, Optional<String> user, Optional<String> password, int poolSize) {

  public static final String DEFAULT_URL =
      "jdbc:h2:file:./data/sharewell;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
          + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

  public DatabaseSettings(String url, Optional<String> user, Optional<String> password) {
    this(url, user, password, 10);
  }

  public boolean isPostgres() {
    return url.startsWith("jdbc:postgresql:");
  }
}
