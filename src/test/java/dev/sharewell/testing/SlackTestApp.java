package dev.sharewell.testing;

import com.google.common.util.concurrent.MoreExecutors;
import dev.sharewell.app.AppRuntime;
import dev.sharewell.app.Application;
import dev.sharewell.app.Settings;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The real app on port 0 with Slack enabled against a {@link FakeSlack}, on a fresh database, with
 * a test clock and a direct executor (work after the ack runs before the request returns).
 */
public final class SlackTestApp implements AutoCloseable {
  public static final String SECRET = "test-signing-secret";
  public static final String ADMIN = "UADMIN";

  public final FakeSlack slack = new FakeSlack();
  public final TestDatabase db;
  public final TestClock clock = TestClock.standard();
  public final Application app;
  public final Http http;
  public final SlackRequests requests;

  public SlackTestApp(DbEngine engine) {
    this(engine, Map.of());
  }

  public SlackTestApp(DbEngine engine, Map<String, String> extra) {
    db = TestDatabase.create(engine);
    Map<String, String> env = new HashMap<>();
    env.put("PORT", "0");
    env.put("SHAREWELL_DB_URL", db.url());
    env.put("SLACK_BOT_TOKEN", "xoxb-test-token");
    env.put("SLACK_SIGNING_SECRET", SECRET);
    env.put("SLACK_API_URL", slack.apiUrl());
    env.put("SHAREWELL_ADMINS", "slack:" + ADMIN);
    env.putAll(extra);
    app =
        Application.start(
            Settings.from(env),
            new AppRuntime(
                clock,
                MoreExecutors.newDirectExecutorService(),
                MoreExecutors.newDirectExecutorService(),
                java.time.Duration.ZERO,
                List.of()));
    http = new Http(app.port());
    requests = new SlackRequests(http, SECRET, slack);
  }

  @Override
  public void close() {
    try {
      app.close();
    } finally {
      slack.close();
      db.close();
    }
  }
}
