package dev.sharewell.app;

import dev.sharewell.testing.DbEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Which seeds a run of {@link FuzzTest} plays: every seed that once failed, each up to just past
 * the request that failed, and one fresh random seed in full. {@code -Dsharewell.fuzz.seed=N} plays
 * seed N alone ({@code -Dsharewell.fuzz.sent=M}: only its first M hostile requests); {@code
 * -Dsharewell.fuzz.fresh=K} plays K fresh seeds and no replays.
 */
final class FuzzPlan {
  /** The fresh seed of this JVM: the same on H2 and PostgreSQL. */
  private static final long FRESH = new Random().nextLong();

  /**
   * One run: the seed, how many hostile requests its run was generated for (which places the valid
   * script among them), and how many of those are sent.
   */
  record Run(long seed, int requests, int sent, String why) {
    @Override
    public String toString() {
      return "seed " + seed + " (" + why + ")";
    }
  }

  /** A seed that once failed, on the database it failed on. */
  record Replay(DbEngine foundOn, Run run) {}

  /**
   * Seeds that once failed, with the size of the run that found them: the same size generates the
   * same requests, so each is replayed exactly, up to a little past its failing request. Each runs
   * on the database it failed on, or on H2 when that one is not there.
   */
  static final List<Replay> REPLAYED =
      List.of(
          new Replay(
              DbEngine.H2,
              new Run(
                  4082445996400624157L,
                  10_000,
                  3_300,
                  "replayed: a Teams bot account of 50 KB at #864, a null among the members"
                      + " added at #3133")),
          new Replay(
              DbEngine.POSTGRES,
              new Run(
                  1130157984427781053L,
                  5_000,
                  4_200,
                  "replayed: a Teams bot account of 50 KB at #4145, logged")),
          new Replay(
              DbEngine.POSTGRES,
              new Run(
                  274357716659943876L,
                  5_000,
                  500,
                  "replayed: the app did not start, PostgreSQL under a load of 20 took more than"
                      + " the pool's 1.5 s to accept the first connection (DatabaseLateAtStartTest)")));

  private FuzzPlan() {}

  static List<Run> runs(DbEngine engine) {
    int requests = defaultRequests(engine);
    Long chosen = Long.getLong("sharewell.fuzz.seed");
    if (chosen != null) {
      int sent = Integer.getInteger("sharewell.fuzz.sent", requests);
      return List.of(new Run(chosen, requests, sent, "chosen"));
    }
    int fresh = Integer.getInteger("sharewell.fuzz.fresh", 0);
    List<Run> runs = new ArrayList<>();
    if (fresh > 0) {
      Random random = new Random();
      for (int i = 0; i < fresh; i++) {
        long seed = random.nextLong();
        runs.add(new Run(seed, requests, requests, "fresh " + (i + 1) + " of " + fresh));
      }
      return runs;
    }
    for (Replay replay : REPLAYED) {
      boolean here = DbEngine.available().contains(replay.foundOn());
      if (here ? replay.foundOn() == engine : engine == DbEngine.H2) {
        runs.add(replay.run());
      }
    }
    runs.add(new Run(FRESH, requests, requests, "fresh"));
    return runs;
  }

  private static int defaultRequests(DbEngine engine) {
    return engine == DbEngine.H2
        ? Integer.getInteger("sharewell.fuzz.requests", 10_000)
        : Integer.getInteger("sharewell.fuzz.requests.postgres", 5_000);
  }
}
