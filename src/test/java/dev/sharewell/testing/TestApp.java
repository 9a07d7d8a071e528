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
 * What {@link SlackTestApp} and {@link TeamsTestApp} share: the real app on port 0 on a fresh
 * database, a test clock and a direct executor, configured by the {@code with…} methods before it
 * starts, and its life as a JUnit 5 extension. Registered on an instance field it starts before
 * each test and closes after it; on a static field it serves the whole class; with {@link
 * #startedByTest} the test starts it and the extension still closes it, fakes and database
 * included.
 *
 * @param <A> the test app itself, so that its {@code with…} methods chain
 */
public abstract class TestApp<A extends TestApp<A>>
    implements AutoCloseable,
        BeforeAllCallback,
        AfterAllCallback,
        BeforeEachCallback,
        AfterEachCallback {
  public TestDatabase db;
  public TestClock clock;
  public Application app;
  public Http http;

  private Supplier<DbEngine> engine = () -> DbEngine.H2;
  private final Map<String, String> env = new HashMap<>();
  private Duration tick = Duration.ZERO;
  private Duration clickFlush = AppRuntime.CLICK_FLUSH;
  private ExecutorService background = MoreExecutors.newDirectExecutorService();
  private boolean startedByTest;
  private boolean perClass;
  private boolean closed;
  private final List<AutoCloseable> closeAfter = new ArrayList<>();

  TestApp() {}

  /**
   * Opens the fakes and, unless it shares them, the database on {@code engine} and the clock; puts
   * the settings the platform needs, over the port and database url, into {@code settings}.
   */
  abstract void openFakes(DbEngine engine, Map<String, String> settings);

  /** Sets the request builders once the app listens on {@link #http}. */
  abstract void started();

  /** Adds what {@link #openFakes} opened to {@code closer}, in the order it is to be closed. */
  abstract void closeFakes(Closer closer);

  @SuppressWarnings("unchecked")
  private A self() {
    return (A) this;
  }

  /** On {@code engine} instead of H2. */
  public A on(DbEngine engine) {
    return on(() -> engine);
  }

  /** On the engine {@code engine} gives when it starts: a {@code @Parameter} of the test class. */
  public A on(Supplier<DbEngine> engine) {
    this.engine = engine;
    return self();
  }

  /** One more setting, over the defaults (port, database, the platform's, admins). */
  public A withEnv(String name, String value) {
    env.put(name, value);
    return self();
  }

  public A withEnv(Map<String, String> settings) {
    env.putAll(settings);
    return self();
  }

  /** The scheduler ticking every {@code tick} on the test clock (zero, the default: no ticks). */
  public A ticking(Duration tick) {
    this.tick = tick;
    return self();
  }

  /** Counted clicks written every {@code every} instead of every second (zero: only on stop). */
  public A withClickFlush(Duration every) {
    this.clickFlush = every;
    return self();
  }

  /** Work after the answer on {@code background} instead of a direct executor. */
  public A withBackground(ExecutorService background) {
    this.background = background;
    return self();
  }

  /** Closes {@code resource} after the app, as its fakes: something the app was started on. */
  public <T extends AutoCloseable> T closeAfter(T resource) {
    closeAfter.add(resource);
    return resource;
  }

  /** Not started before each test: the test calls {@link #start()}; it is still closed after. */
  public A startedByTest() {
    this.startedByTest = true;
    return self();
  }

  /** Starts it on {@code engine}, with {@code settings} added: for a test that chooses them. */
  public A start(DbEngine engine, Map<String, String> settings) {
    return on(engine).withEnv(settings).start();
  }

  public A start(DbEngine engine) {
    return on(engine).start();
  }

  public A start() {
    if (app != null) {
      throw new IllegalStateException("already started");
    }
    try {
      Map<String, String> settings = new HashMap<>();
      openFakes(engine.get(), settings);
      settings.put("PORT", "0");
      settings.put("SHAREWELL_DB_URL", db.url());
      settings.putAll(env);
      app =
          Application.start(
              Settings.from(settings),
              new AppRuntime(
                      clock, background, MoreExecutors.newDirectExecutorService(), tick, List.of())
                  .withClickFlush(clickFlush));
    } catch (RuntimeException e) {
      closeFakesAndAfter();
      throw e;
    }
    http = new Http(app.port());
    started();
    return self();
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
    try {
      if (app != null) {
        app.close();
      }
    } finally {
      closeFakesAndAfter();
    }
  }

  private void closeFakesAndAfter() {
    try (Closer closer = new Closer()) {
      closeFakes(closer);
      closeAfter.forEach(closer::add);
    }
  }
}
