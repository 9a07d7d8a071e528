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
 * The real app on port 0 with Teams in local mode against a {@link FakeConnector}, on a fresh
 * database, with a test clock and a direct executor (work after the answer runs before the request
 * returns). {@link #withAppId} starts it with credentials instead, against a {@link FakeBotLogin}.
 */
public final class TeamsTestApp implements AutoCloseable {
  public static final String ADMIN = "29:admin";

  /** {@link #ADMIN} as {@code SHAREWELL_ADMINS} names him: with his tenant. */
  public static final String ADMIN_ID = "teams:" + FakeConnector.TENANT + "/" + ADMIN;

  public static final String APP_ID = "11111111-2222-3333-4444-555555555555";

  public final FakeConnector connector = new FakeConnector();
  public final FakeBotLogin login;
  public final TestDatabase db;
  public final TestClock clock = TestClock.standard();
  public final Application app;
  public final Http http;
  public final TeamsActivities teams;

  private TeamsTestApp(DbEngine engine, Map<String, String> extra, FakeBotLogin login) {
    this(engine, extra, login, java.time.Duration.ZERO, MoreExecutors.newDirectExecutorService());
  }

  private TeamsTestApp(
      DbEngine engine,
      Map<String, String> extra,
      FakeBotLogin login,
      java.time.Duration tick,
      ExecutorService background) {
    this.login = login;
    db = TestDatabase.create(engine);
    Map<String, String> env = new HashMap<>();
    env.put("PORT", "0");
    env.put("SHAREWELL_DB_URL", db.url());
    env.put("SHAREWELL_ADMINS", ADMIN_ID);
    if (login == null) {
      env.put("SHAREWELL_TEAMS_LOCAL", "true");
    } else {
      env.put("SHAREWELL_TEAMS_TENANTS", FakeConnector.TENANT);
      env.put("MICROSOFT_APP_ID", APP_ID);
      env.put("MICROSOFT_APP_PASSWORD", "app-secret");
      env.put("MICROSOFT_LOGIN_URL", login.loginUrl());
      env.put("MICROSOFT_OPENID_METADATA_URL", login.openIdMetadataUrl());
    }
    env.putAll(extra);
    try {
      app =
          Application.start(
              Settings.from(env),
              new AppRuntime(
                  clock, background, MoreExecutors.newDirectExecutorService(), tick, List.of()));
    } catch (RuntimeException e) {
      closeFakes();
      throw e;
    }
    http = new Http(app.port());
    teams = new TeamsActivities(http, connector);
  }

  /** Local mode: no app id, no tokens. */
  public TeamsTestApp(DbEngine engine) {
    this(engine, Map.of(), null);
  }

  public TeamsTestApp(DbEngine engine, Map<String, String> extra) {
    this(engine, extra, null);
  }

  /** Local mode, with the scheduled jobs running every {@code tick} on the test clock. */
  public static TeamsTestApp ticking(DbEngine engine, java.time.Duration tick) {
    return new TeamsTestApp(engine, Map.of(), null, tick, MoreExecutors.newDirectExecutorService());
  }

  /** Local mode, with work after the answer on {@code background} instead of a direct executor. */
  public static TeamsTestApp withBackground(DbEngine engine, ExecutorService background) {
    return new TeamsTestApp(engine, Map.of(), null, java.time.Duration.ZERO, background);
  }

  /** With an app id: every activity needs a token signed by {@link #login}. */
  public static TeamsTestApp withAppId(Map<String, String> extra) {
    return new TeamsTestApp(DbEngine.H2, extra, new FakeBotLogin());
  }

  @Override
  public void close() {
    try {
      app.close();
    } finally {
      closeFakes();
    }
  }

  private void closeFakes() {
    connector.close();
    if (login != null) {
      login.close();
    }
    db.close();
  }
}
