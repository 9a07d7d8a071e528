package dev.sharewell.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sharewell.testing.DbEngine;
import dev.sharewell.testing.Junk;
import dev.sharewell.testing.LogWatch;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Thousands of generated requests over HTTP to the real app (Slack and Teams at once, against their
 * fakes), hostile ones interleaved with a script of valid ones. Afterwards no answer may have been
 * a 5xx, nothing may have been logged as a failure, /health must be ok, and the database must hold
 * exactly what the valid script alone writes: the same script is replayed on a fresh app without
 * the fuzz, and both databases are compared table by table and on their key rows.
 *
 * <p>Each run replays the seeds that once failed and plays one fresh seed ({@link FuzzPlan}).
 * Repeat a run with {@code -Dsharewell.fuzz.seed=N}; play K fresh seeds with {@code
 * -Dsharewell.fuzz.fresh=K}; change the size with {@code -Dsharewell.fuzz.requests=N} (H2) and
 * {@code -Dsharewell.fuzz.requests.postgres=N}.
 */
class FuzzTest {

  static Stream<Arguments> runs() {
    return DbEngine.available().stream()
        .flatMap(engine -> FuzzPlan.runs(engine).stream().map(run -> Arguments.of(engine, run)));
  }

  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("runs")
  void hostile_requests_never_get_a_5xx_and_change_nothing_the_valid_ones_do_not(
      DbEngine engine, FuzzPlan.Run plan) {
    long seed = plan.seed();
    System.out.printf(
        "FuzzTest on %s: seed %d, %d of %d requests, %s (-Dsharewell.fuzz.seed=%d)%n",
        engine, seed, plan.sent(), plan.requests(), plan.why(), seed);

    Random random = new Random(seed);
    List<FuzzScript.Step> script = FuzzScript.generate(random);
    // The once-failing shapes draw from a stream of their own: the main one stays as it was.
    Junk findings = new Junk(new Random(~seed));
    FuzzSnapshot fuzzed;
    FuzzSnapshot replayed;
    long started = System.nanoTime();
    FuzzRun run;
    try (FuzzStack stack = new FuzzStack(engine);
        LogWatch log = new LogWatch()) {
      run = stack.play(script, new Junk(random), findings, plan.requests(), plan.sent(), log);
      assertThat(stack.app.http.get("/health").json().path("status").asText()).isEqualTo("ok");
      fuzzed = FuzzSnapshot.of(stack.app.db.jdbi());
      run.logged.forEach(line -> System.out.println("FuzzTest: logged after " + line));
      assertThat(run.failures).as("5xx answers (seed %d)", seed).isEmpty();
      assertThat(run.logged).as("failures logged, by request (seed %d)", seed).isEmpty();
      assertThat(log.failures()).as("failures logged (seed %d)", seed).isEmpty();
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
        "FuzzTest on %s: %d requests (%d valid, %d once-failing shapes) in %d ms, seed %d;"
            + " statuses %s%n",
        engine, run.sent, script.size(), run.findings, millis, seed, run.statuses);
    try (FuzzStack stack = new FuzzStack(engine)) {
      stack.play(script, null, null, 0, 0, null);
      replayed = FuzzSnapshot.of(stack.app.db.jdbi());
    }

    assertThat(fuzzed.counts()).as("rows per table (seed %d)", seed).isEqualTo(replayed.counts());
    assertThat(fuzzed.keyRows()).as("key rows (seed %d)", seed).isEqualTo(replayed.keyRows());
    assertThat(fuzzed.strangers())
        .as("people only the fuzz knows have not joined (seed %d)", seed)
        .allSatisfy(row -> assertThat(row).endsWithIgnoringCase(" opted_in=false"));
    assertThat(fuzzed.outsiders())
        .as("workspaces and tenants outside the organisation left no row (seed %d)", seed)
        .isEmpty();
    assertThat(run.sent)
        .isEqualTo(Math.min(plan.sent(), plan.requests()) + run.findings + script.size());
  }
}
