package dev.sharewell.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sharewell.testing.Rows;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A thread interrupted while it uses the H2 file (a stopping app interrupts its workers) must not
 * take the database down with it: a plain file channel closes for good when its thread is
 * interrupted, and H2 then answers every later statement with "the database has been closed".
 */
class H2InterruptTest {
  @TempDir Path workDir;

  @Test
  void statements_run_by_interrupted_threads_leave_the_h2_file_working() throws Exception {
    String url =
        "jdbc:h2:file:"
            + workDir.resolve("sharewell")
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    ExecutorService writers = Executors.newFixedThreadPool(4);
    try (Database database =
        Database.open(new DatabaseSettings(url, Optional.empty(), Optional.empty()))) {
      database.jdbi().useHandle(h -> h.execute("CREATE TABLE probe (id INT)"));
      Future<?>[] runs = new Future<?>[4];
      for (int w = 0; w < runs.length; w++) {
        runs[w] =
            writers.submit(
                () -> {
                  for (int i = 0; i < 50; i++) {
                    // As a stop deadline would: the interrupt lands while the statement writes.
                    Thread.currentThread().interrupt();
                    try {
                      database.jdbi().useHandle(h -> h.execute("INSERT INTO probe VALUES (1)"));
                    } catch (RuntimeException e) {
                      // Refusing one statement is fine; losing the database is not.
                    }
                    Thread.interrupted();
                  }
                });
      }
      for (Future<?> run : runs) {
        run.get(60, TimeUnit.SECONDS);
      }

      database.jdbi().useHandle(h -> h.execute("INSERT INTO probe VALUES (2)"));
      int written = new Rows(database.jdbi()).count("probe", "id = 2");
      assertThat(written).isEqualTo(1);
      assertThat(database.isHealthy()).isTrue();
    } finally {
      writers.shutdownNow();
    }
  }
}
