package dev.sharewell.testing;

import com.google.common.util.concurrent.MoreExecutors;
import dev.sharewell.app.AppRuntime;
import dev.sharewell.app.Application;
import dev.sharewell.app.Settings;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;

/**
 * The real app on port 0 with Slack enabled against a {@link FakeSlack}, on a fresh database, with
 * a test clock and a direct executor (work after the ack runs before the request returns).
 */
public final class SlackTestApp implements AutoCloseable {
  public static final String SECRET = "test-signing-secret";
  public static final String ADMIN = "UADMIN";

  /** {@link #ADMIN} as {@code SHAREWELL_ADMINS} names him: with his workspace. */
  public static final String ADMIN_ID = "slack:" + FakeSlack.TEAM + "/" + ADMIN;

  public final FakeSlack slack;
  public final TestDatabase db;
  public final TestClock clock;
  public final Application app;
  public final Http http;
  public final SlackRequests requests;
  private final boolean ownsFakes;

  public SlackTestApp(DbEngine engine) {
    this(engine, Map.of());
  }

  public SlackTestApp(DbEngine engine, Map<String, String> extra) {
    this(engine, extra, MoreExecutors.newDirectExecutorService());
  }

  /** With work after the ack on {@code background} instead of a direct executor. */
  public SlackTestApp(DbEngine engine, Map<String, String> extra, ExecutorService background) {
    this(
        new FakeSlack(),
        TestDatabase.create(engine),
        TestClock.standard(),
        extra,
        java.time.Duration.ZERO,
        background,
        true);
  }

  /** As {@link #SlackTestApp(DbEngine, Map)}, with the scheduler ticking every {@code tick}. */
  public static SlackTestApp ticking(
      DbEngine engine, Map<String, String> extra, java.time.Duration tick) {
    return new SlackTestApp(
        new FakeSlack(),
        TestDatabase.create(engine),
        TestClock.standard(),
        extra,
        tick,
        MoreExecutors.newDirectExecutorService(),
        true);
  }

  /**
   * A second instance of the same deployment: the same database, fake Slack and clock, its own
   * scheduler ({@code tick}, zero for none). Closing it leaves the shared parts to this one.
   */
  public SlackTestApp another(Map<String, String> extra, java.time.Duration tick) {
    return new SlackTestApp(
        slack, db, clock, extra, tick, MoreExecutors.newDirectExecutorService(), false);
  }

  private SlackTestApp(
      FakeSlack slack,
      TestDatabase db,
      TestClock clock,
      Map<String, String> extra,
      java.time.Duration tick,
      ExecutorService background,
      boolean ownsFakes) {
    this.slack = slack;
    this.db = db;
    this.clock = clock;
    this.ownsFakes = ownsFakes;
    Map<String, String> env = new HashMap<>();
    env.put("PORT", "0");
    env.put("SHAREWELL_DB_URL", db.url());
    env.put("SLACK_BOT_TOKEN", "xoxb-test-token");
    env.put("SLACK_SIGNING_SECRET", SECRET);
    env.put("SLACK_API_URL", slack.apiUrl());
    env.put("SHAREWELL_ADMINS", ADMIN_ID);
    env.putAll(extra);
    app =
        Application.start(
            Settings.from(env),
            new AppRuntime(
                clock, background, MoreExecutors.newDirectExecutorService(), tick, List.of()));
    http = new Http(app.port());
    requests = new SlackRequests(http, SECRET, slack);
  }

  @Override
  public void close() {
    try {
      app.close();
    } finally {
      if (ownsFakes) {
        slack.close();
        db.close();
      }
    }
  }
}
