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
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The real app on port 0 with Slack enabled against a {@link FakeSlack}, on a fresh database, with
 * a test clock and a direct executor (work after the ack runs before the request returns).
 *
 * <p>A test gets one the way Jdbi's tests get a database, as an extension that starts it before
 * each test and closes it, fakes and database included, after:
 *
 * <pre>{@code
 * @RegisterExtension final SlackTestApp t = SlackTestApp.extension().withEnv("K", "v");
 * }</pre>
 *
 * The {@code with…} methods configure it before it starts; {@link #startedByTest} leaves the start
 * to the test (for an engine or settings known only inside it), and the extension still closes it.
 * Registered on a static field it serves the whole class: started before all tests, closed after.
 * The public fields are set when it starts.
 */
public final class SlackTestApp
    implements AutoCloseable,
        BeforeAllCallback,
        AfterAllCallback,
        BeforeEachCallback,
        AfterEachCallback {
  public static final String SECRET = "test-signing-secret";
  public static final String ADMIN = "UADMIN";

  /** {@link #ADMIN} as {@code SHAREWELL_ADMINS} names him: with his workspace. */
  public static final String ADMIN_ID = "slack:" + FakeSlack.TEAM + "/" + ADMIN;

  public FakeSlack slack;
  public TestDatabase db;
  public TestClock clock;
  public Application app;
  public Http http;
  public SlackRequests requests;

  /** With {@link #withTeams}: Teams in local mode beside Slack, against this fake connector. */
  public FakeConnector connector;

  public TeamsActivities teams;

  private Supplier<DbEngine> engine = () -> DbEngine.H2;
  private final Map<String, String> env = new HashMap<>();
  private Duration tick = Duration.ZERO;
  private ExecutorService background = MoreExecutors.newDirectExecutorService();
  private boolean startedByTest;
  private SlackTestApp sharing;
  private boolean closed;
  private boolean withTeams;
  private boolean perClass;
  private final List<AutoCloseable> closeAfter = new ArrayList<>();

  private SlackTestApp() {}

  /**
   * Unstarted, on H2, for {@code @RegisterExtension}; or, for a test that must manage it by hand,
   * configured and then {@link #start() started} in a try-with-resources.
   */
  public static SlackTestApp extension() {
    return new SlackTestApp();
  }

  /** On {@code engine} instead of H2. */
  public SlackTestApp on(DbEngine engine) {
    return on(() -> engine);
  }

  /** On the engine {@code engine} gives when it starts: a {@code @Parameter} of the test class. */
  public SlackTestApp on(Supplier<DbEngine> engine) {
    this.engine = engine;
    return this;
  }

  /** One more setting, over the defaults (port, database, tokens, admins). */
  public SlackTestApp withEnv(String name, String value) {
    env.put(name, value);
    return this;
  }

  public SlackTestApp withEnv(Map<String, String> settings) {
    env.putAll(settings);
    return this;
  }

  /** The scheduler ticking every {@code tick} on the test clock (zero, the default: no ticks). */
  public SlackTestApp ticking(Duration tick) {
    this.tick = tick;
    return this;
  }

  /** Work after the ack on {@code background} instead of a direct executor. */
  public SlackTestApp withBackground(ExecutorService background) {
    this.background = background;
    return this;
  }

  /**
   * Teams in local mode on the same app, against a {@link #connector} the test reaches through
   * {@link #teams}.
   */
  public SlackTestApp withTeams() {
    this.withTeams = true;
    return withEnv("SHAREWELL_TEAMS_LOCAL", "true");
  }

  /** Closes {@code resource} after the app, as its fakes: something the app was started on. */
  public <T extends AutoCloseable> T closeAfter(T resource) {
    closeAfter.add(resource);
    return resource;
  }

  /** Not started before each test: the test calls {@link #start()}; it is still closed after. */
  public SlackTestApp startedByTest() {
    this.startedByTest = true;
    return this;
  }

  /**
   * A second instance of the same deployment: the same database, fake Slack and clock as {@code
   * first}, its own scheduler and settings. Closing it leaves the shared parts to {@code first},
   * which must start before it (register it first, with {@code @Order}).
   */
  public SlackTestApp sharing(SlackTestApp first) {
    this.sharing = first;
    return this;
  }

  /** Starts it on {@code engine}, with {@code settings} added: for a test that chooses them. */
  public SlackTestApp start(DbEngine engine, Map<String, String> settings) {
    return on(engine).withEnv(settings).start();
  }

  public SlackTestApp start(DbEngine engine) {
    return on(engine).start();
  }

  public SlackTestApp start() {
    if (app != null) {
      throw new IllegalStateException("already started");
    }
    if (withTeams) {
      connector = new FakeConnector();
    }
    if (sharing == null) {
      slack = new FakeSlack();
      db = TestDatabase.create(engine.get());
      clock = TestClock.standard();
    } else {
      slack = sharing.slack;
      db = sharing.db;
      clock = sharing.clock;
    }
    Map<String, String> settings = new HashMap<>();
    settings.put("PORT", "0");
    settings.put("SHAREWELL_DB_URL", db.url());
    settings.put("SLACK_BOT_TOKEN", "xoxb-test-token");
    settings.put("SLACK_SIGNING_SECRET", SECRET);
    settings.put("SLACK_API_URL", slack.apiUrl());
    settings.put("SHAREWELL_ADMINS", ADMIN_ID);
    settings.putAll(env);
    try {
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
    requests = new SlackRequests(http, SECRET, slack);
    if (withTeams) {
      teams = new TeamsActivities(http, connector);
    }
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
  public void beforeAll(ExtensionContext context) {
    perClass = true;
    start();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    close();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    if (!perClass && !startedByTest) {
      start();
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (!perClass) {
      close();
    }
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (app == null) {
      closeFakes();
      return;
    }
    try {
      app.close();
    } finally {
      closeFakes();
    }
  }

  private void closeFakes() {
    try (Closer closer = new Closer()) {
      if (connector != null) {
        closer.add(connector);
      }
      if (sharing == null) {
        closer.add(slack);
        closer.add(db);
      }
      closeAfter.forEach(closer::add);
    }
  }
}
