package dev.sharewell.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sharewell.testing.DbEngine;
import dev.sharewell.testing.Junk;
import dev.sharewell.testing.LogWatch;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Thousands of generated requests over HTTP to the real app (Slack and Teams at once, against their
 * fakes), hostile ones interleaved with a script of valid ones. Afterwards no answer may have been
 * a 5xx, /health must be ok, and the database must hold exactly what the valid script alone writes:
 * the same script is replayed on a fresh app without the fuzz, and both databases are compared
 * table by table and on their key rows.
 *
 * <p>Repeat a run with {@code -Dsharewell.fuzz.seed=N}; change its size with {@code
 * -Dsharewell.fuzz.requests=N} (H2) and {@code -Dsharewell.fuzz.requests.postgres=N}.
 */
class FuzzTest {

  static List<DbEngine> engines() {
    return DbEngine.available();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("engines")
  void hostile_requests_never_get_a_5xx_and_change_nothing_the_valid_ones_do_not(DbEngine engine) {
    long seed = Long.getLong("sharewell.fuzz.seed", new Random().nextLong());
    int requests =
        engine == DbEngine.H2
            ? Integer.getInteger("sharewell.fuzz.requests", 10_000)
            : Integer.getInteger("sharewell.fuzz.requests.postgres", 5_000);
    System.out.printf("FuzzTest on %s: seed %d (-Dsharewell.fuzz.seed=%d)%n", engine, seed, seed);

    Random random = new Random(seed);
    List<FuzzScript.Step> script = FuzzScript.generate(random);
    FuzzSnapshot fuzzed;
    FuzzSnapshot replayed;
    long started = System.nanoTime();
    FuzzRun run;
    List<String> logged;
    try (FuzzStack stack = new FuzzStack(engine);
        LogWatch log = new LogWatch()) {
      run = stack.play(script, new Junk(random), requests);
      logged = log.failures();
      assertThat(stack.app.http.get("/health").json().path("status").asText()).isEqualTo("ok");
      fuzzed = FuzzSnapshot.of(stack.app.db.jdbi());
      assertThat(run.failures).as("5xx answers (seed %d)", seed).isEmpty();
      assertThat(logged).as("failures logged (seed %d)", seed).isEmpty();
      assertThat(stack.toSlack() + run.answers)
          .as("what Slack was given to show")
          .doesNotContain(
              "<!channel>", "<!here>", "<!everyone>", "<@UADMIN>", "<http://evil.test|");
      assertThat(stack.toTeams())
          .as("what Teams was given to show")
          .doesNotContainPattern("(?<!\\\\)\\]\\(http://evil")
          .doesNotContainPattern("(?<!\\\\)<at>")
          .isNotEmpty();
    }
    long millis = (System.nanoTime() - started) / 1_000_000;
    System.out.printf(
        "FuzzTest on %s: %d requests (%d valid) in %d ms, seed %d; statuses %s%n",
        engine, run.sent, script.size(), millis, seed, run.statuses);
    try (FuzzStack stack = new FuzzStack(engine)) {
      stack.play(script, null, 0);
      replayed = FuzzSnapshot.of(stack.app.db.jdbi());
    }

    assertThat(fuzzed.counts()).as("rows per table (seed %d)", seed).isEqualTo(replayed.counts());
    assertThat(fuzzed.keyRows()).as("key rows (seed %d)", seed).isEqualTo(replayed.keyRows());
    assertThat(fuzzed.strangers())
        .as("people only the fuzz knows have not joined (seed %d)", seed)
        .allSatisfy(row -> assertThat(row).endsWithIgnoringCase(" opted_in=false"));
    assertThat(run.sent).isEqualTo(requests + script.size());
  }
}
