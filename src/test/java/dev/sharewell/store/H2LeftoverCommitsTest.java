package dev.sharewell.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sharewell.testing.ChildJvm;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process killed while H2 was committing a large transaction: on the next start the commit is
 * finished, whole, and its rows can be written again (H2 2.5.252 alone leaves them locked for good,
 * and a write to one of them never returns; see {@link H2LeftoverCommits}).
 */
class H2LeftoverCommitsTest {
  private static final int ROWS = 100_000;

  @TempDir Path workDir;

  @Test
  void
      a_commit_under_way_when_the_process_died_is_finished_on_the_next_start_and_its_rows_are_writable()
          throws Exception {
    ChildJvm committing =
        ChildJvm.start(
            workDir,
            Map.of(),
            LargeCommitProcess.class,
            DatabaseSettings.DEFAULT_URL,
            "commit",
            Integer.toString(ROWS));
    List<String> afterKill;
    try {
      committing.awaitLine(Duration.ofMinutes(2), "committing"::equals);
      // Each small commit from here on writes the large one to the file as far as it got.
      for (int i = 0; i < 3; i++) {
        committing.awaitLine(Duration.ofSeconds(30), "small"::equals);
      }
    } finally {
      afterKill = committing.kill();
    }
    assertThat(committing.output())
        .as("the large commit must still be under way when the process dies")
        .doesNotContain("committed");

    ChildJvm writing =
        ChildJvm.start(
            workDir, Map.of(), LargeCommitProcess.class, DatabaseSettings.DEFAULT_URL, "write");
    try {
      String updated =
          writing.awaitLine(Duration.ofSeconds(60), line -> line.startsWith("updated "));
      assertThat(updated).isEqualTo("updated " + ROWS);
      assertThat(writing.output()).contains("finished 1 commits it was in the middle of");
    } finally {
      writing.kill();
    }
    assertThat(distinctValues()).as("the large commit is whole").containsExactly(11);
  }

  private List<Integer> distinctValues() throws Exception {
    String url =
        DatabaseSettings.DEFAULT_URL.replace(
            "./data/sharewell", workDir.resolve("data").resolve("sharewell").toString());
    List<Integer> values;
    try (Database database =
        Database.open(new DatabaseSettings(url, Optional.empty(), Optional.empty()))) {
      values =
          database
              .jdbi()
              .withHandle(
                  h ->
                      h.createQuery("SELECT DISTINCT v FROM large_commit")
                          .mapTo(Integer.class)
                          .list());
    }
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement()) {
      statement.execute("SHUTDOWN");
    }
    return values;
  }
}
