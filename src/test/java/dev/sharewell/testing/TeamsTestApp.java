package dev.sharewell.testing;

import com.google.common.util.concurrent.MoreExecutors;
import dev.sharewell.app.AppRuntime;
import dev.sharewell.app.Application;
import dev.sharewell.app.Settings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The real app on port 0 with Teams in local mode against a {@link FakeConnector}, on a fresh
 * database, with a test clock and a direct executor (work after the answer runs before the request
 * returns). {@link #withAppId} gives it credentials instead, against a {@link FakeBotLogin}.
 *
 * <p>A test gets one as an extension, the way Jdbi's tests get a database:
 * {@code @RegisterExtension final TeamsTestApp t = TeamsTestApp.extension();} starts it before each
 * test and closes it, fakes and database included, after. The {@code with…} methods configure it
 * before it starts; {@link #startedByTest} leaves the start to the test. The public fields other
 * than {@link #clock} are set when it starts.
 */
public final class TeamsTestApp implements AutoCloseable, BeforeEachCallback, AfterEachCallback {
  public static final String ADMIN = "29:admin";

  /** {@link #ADMIN} as {@code SHAREWELL_ADMINS} names him: with his tenant. */
  public static final String ADMIN_ID = "teams:" + FakeConnector.TENANT + "/" + ADMIN;

  public static final String APP_ID = "11111111-2222-3333-4444-555555555555";

  public final TestClock clock = TestClock.standard();
  public FakeConnector connector;
  public FakeBotLogin login;
  public TestDatabase db;
  public Application app;
  public Http http;
  public TeamsActivities teams;

  private Supplier<DbEngine> engine = () -> DbEngine.H2;
  private final Map<String, String> env = new HashMap<>();
  private boolean appId;
  private Duration tick = Duration.ZERO;
  private ExecutorService background = MoreExecutors.newDirectExecutorService();
  private boolean startedByTest;
  private boolean closed;
  private final List<AutoCloseable> closeAfter = new ArrayList<>();

  private TeamsTestApp() {}

  /**
   * Unstarted, in local mode on H2, for {@code @RegisterExtension}; or, for a test that must manage
   * it by hand, configured and then {@link #start() started} in a try-with-resources.
   */
  public static TeamsTestApp extension() {
    return new TeamsTestApp();
  }

  /** On {@code engine} instead of H2. */
  public TeamsTestApp on(DbEngine engine) {
    return on(() -> engine);
  }

  /** On the engine {@code engine} gives when it starts: a {@code @Parameter} of the test class. */
  public TeamsTestApp on(Supplier<DbEngine> engine) {
    this.engine = engine;
    return this;
  }

  /** With an app id: every activity needs a token signed by {@link #login}. */
  public TeamsTestApp withAppId() {
    this.appId = true;
    return this;
  }

  /** One more setting, over the defaults (port, database, mode, admins). */
  public TeamsTestApp withEnv(String name, String value) {
    env.put(name, value);
    return this;
  }

  public TeamsTestApp withEnv(Map<String, String> settings) {
    env.putAll(settings);
    return this;
  }

  /** The scheduled jobs running every {@code tick} on the test clock (zero, the default: none). */
  public TeamsTestApp ticking(Duration tick) {
    this.tick = tick;
    return this;
  }

  /** Work after the answer on {@code background} instead of a direct executor. */
  public TeamsTestApp withBackground(ExecutorService background) {
    this.background = background;
    return this;
  }

  /** Closes {@code resource} after the app, as its fakes: something the app was started on. */
  public <T extends AutoCloseable> T closeAfter(T resource) {
    closeAfter.add(resource);
    return resource;
  }

  /** Not started before each test: the test calls {@link #start()}; it is still closed after. */
  public TeamsTestApp startedByTest() {
    this.startedByTest = true;
    return this;
  }

  /** Starts it on {@code engine}, with {@code settings} added: for a test that chooses them. */
  public TeamsTestApp start(DbEngine engine, Map<String, String> settings) {
    return on(engine).withEnv(settings).start();
  }

  public TeamsTestApp start() {
    if (app != null) {
      throw new IllegalStateException("already started");
    }
    connector = new FakeConnector();
    login = appId ? new FakeBotLogin() : null;
    Map<String, String> settings = new HashMap<>();
    try {
      db = TestDatabase.create(engine.get());
      settings.put("PORT", "0");
      settings.put("SHAREWELL_DB_URL", db.url());
      settings.put("SHAREWELL_ADMINS", ADMIN_ID);
      if (login == null) {
        settings.put("SHAREWELL_TEAMS_LOCAL", "true");
      } else {
        settings.put("SHAREWELL_TEAMS_TENANTS", FakeConnector.TENANT);
        settings.put("MICROSOFT_APP_ID", APP_ID);
        settings.put("MICROSOFT_APP_PASSWORD", "app-secret");
        settings.put("MICROSOFT_LOGIN_URL", login.loginUrl());
        settings.put("MICROSOFT_OPENID_METADATA_URL", login.openIdMetadataUrl());
      }
      settings.putAll(env);
      app =
          Application.start(
              Settings.from(settings),
              new AppRuntime(
                  clock, background, MoreExecutors.newDirectExecutorService(), tick, List.of()));
    } catch (RuntimeException e) {
      closeFakes();
      throw e;
    }
    http = new Http(app.port());
    teams = new TeamsActivities(http, connector);
    return this;
  }

  /** The id of the content item added last: after a test submitted the add-content form. */
  public String latestContentId() {
    return rows().latestId("content_items");
  }

  /** Counts rows in its database. */
  public Rows rows() {
    return new Rows(db.jdbi());
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    if (!startedByTest) {
      start();
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    close();
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      if (app != null) {
        app.close();
      }
    } finally {
      closeFakes();
    }
  }

  private void closeFakes() {
    try (Closer closer = new Closer()) {
      closer.add(connector);
      closer.add(login);
      closer.add(db);
      closeAfter.forEach(closer::add);
    }
  }
}
