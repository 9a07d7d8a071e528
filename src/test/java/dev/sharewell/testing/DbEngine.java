package dev.sharewell.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The databases the contract tests run on: H2 always, PostgreSQL when a url is given. */
public enum DbEngine {
  H2,
  POSTGRES;

  /** The environment variable that names the test PostgreSQL server. */
  public static final String POSTGRES_URL_VARIABLE = "SHAREWELL_TEST_POSTGRES_URL";

  /** H2, and PostgreSQL when {@value #POSTGRES_URL_VARIABLE} is set. */
  public static List<DbEngine> available() {
    List<DbEngine> engines = new ArrayList<>(List.of(H2));
    if (postgresUrl().isPresent()) {
      engines.add(POSTGRES);
    }
    return engines;
  }

  static Optional<String> postgresUrl() {
    String url = System.getenv(POSTGRES_URL_VARIABLE);
    return url == null || url.isBlank() ? Optional.empty() : Optional.of(url.trim());
  }
}
