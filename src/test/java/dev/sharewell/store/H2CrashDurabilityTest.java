package dev.sharewell.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sharewell.testing.ChildJvm;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sharewell's default database, an H2 file, keeps every commit it acknowledged when the process is
 * killed: a child JVM commits as fast as it can and is SIGKILLed, three times over.
 */
class H2CrashDurabilityTest {
  private static final int COMMITS_BEFORE_EACH_KILL = 500;

  @TempDir Path workDir;

  @Test
  void every_commit_acknowledged_before_a_sigkill_is_in_the_h2_file_afterwards() throws Exception {
    Set<Long> acknowledged = new HashSet<>();
    for (int kill = 1; kill <= 3; kill++) {
      // The default url, ./data/sharewell in the child's folder, as ./scripts/run uses it.
      ChildJvm child =
          ChildJvm.start(
              workDir, Map.of(), CommittingProcess.class, DatabaseSettings.DEFAULT_URL, "4");
      try {
        int target = acknowledged.size() + COMMITS_BEFORE_EACH_KILL;
        while (acknowledged.size() < target) {
          String line = child.nextLine(Duration.ofSeconds(60));
          assertThat(line).as("the child's output so far:%n%s", child.output()).isNotNull();
          addId(line, acknowledged);
        }
      } finally {
        // Lines already in the pipe were committed before the kill too.
        child.kill().forEach(line -> addId(line, acknowledged));
      }
    }

    Set<Long> missing = new TreeSet<>(acknowledged);
    missing.removeAll(committedIds());
    assertThat(missing)
        .as("commits acknowledged before a kill but gone after it, of %d", acknowledged.size())
        .isEmpty();
  }

  private static void addId(String line, Set<Long> ids) {
    if (line.matches("\\d+")) {
      ids.add(Long.parseLong(line));
    }
  }

  private Set<Long> committedIds() throws Exception {
    String url =
        DatabaseSettings.DEFAULT_URL.replace(
            "./data/sharewell", workDir.resolve("data").resolve("sharewell").toString());
    Set<Long> committed;
    try (Database database =
        Database.open(new DatabaseSettings(url, Optional.empty(), Optional.empty()))) {
      List<Long> ids =
          database
              .jdbi()
              .withHandle(
                  handle ->
                      handle
                          .createQuery("SELECT id FROM commit_probe WHERE status = 'SENT'")
                          .mapTo(Long.class)
                          .list());
      committed = new HashSet<>(ids);
    }
    // DB_CLOSE_DELAY=-1 keeps the file open in this JVM after the pool closed.
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement()) {
      statement.execute("SHUTDOWN");
    }
    return committed;
  }
}
