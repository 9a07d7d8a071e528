package dev.sharewell.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.common.util.concurrent.MoreExecutors;
import dev.sharewell.identity.Platform;
import dev.sharewell.identity.PlatformUser;
import dev.sharewell.identity.Profile;
import dev.sharewell.testing.DbEngine;
import dev.sharewell.testing.Http;
import dev.sharewell.testing.TestClock;
import dev.sharewell.testing.TestDatabase;
import java.io.IOException;
import java.net.Socket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApplicationHttpTest {
  private TestDatabase db;
  private Application app;

  @AfterEach
  void stop() {
    if (app != null) {
      app.close();
    }
    if (db != null) {
      db.close();
    }
  }

  private Http start(Map<String, String> extra, List<Route> routes) {
    db = TestDatabase.create(DbEngine.H2);
    Map<String, String> env = new HashMap<>(Map.of("PORT", "0", "SHAREWELL_DB_URL", db.url()));
    env.putAll(extra);
    app = Application.start(Settings.from(env), runtime(routes));
    return new Http(app.port());
  }

  @Test
  void health_reports_the_database_and_both_platforms() {
    Http http = start(Map.of(), List.of());

    Http.Response health = http.get("/health");

    assertThat(health.status()).isEqualTo(200);
    assertThat(health.header("Content-Type")).startsWith("application/json");
    assertThat(health.json().toString())
        .isEqualTo(
            "{\"status\":\"ok\",\"database\":\"ok\",\"slack\":\"disabled\",\"teams\":\"disabled\"}");
  }

  @Test
  void metrics_serve_prometheus_text_with_jvm_and_request_timings() {
    Http http = start(Map.of(), List.of());
    http.get("/health");
    http.get("/no-such-page");

    Http.Response metrics = http.get("/metrics");

    assertThat(metrics.status()).isEqualTo(200);
    assertThat(metrics.header("Content-Type")).startsWith("text/plain");
    assertThat(metrics.body())
        .contains("jvm_memory_used_bytes")
        .contains(
            "http_server_requests_seconds_count{method=\"GET\",route=\"/health\",status=\"200\"}")
        .contains("route=\"unmatched\",status=\"404\"");
  }

  @Test
  void unknown_paths_and_methods_answer_json_errors() {
    Http http = start(Map.of(), List.of());

    Http.Response missing = http.get("/nothing/here");
    Http.Response wrongMethod = http.post("/health", "text/plain", "", Map.of());

    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.json().get("error").asText()).isNotBlank();
    assertThat(wrongMethod.status()).isIn(404, 405);
    assertThat(wrongMethod.json().has("error")).isTrue();
  }

  @Test
  void disabled_platforms_answer_404_saying_how_to_enable_them() {
    Http http = start(Map.of(), List.of());

    Http.Response slack =
        http.post("/slack/events", "application/x-www-form-urlencoded", "a=b", Map.of());

    assertThat(slack.status()).isEqualTo(404);
    assertThat(slack.json().get("error").asText())
        .contains("SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET");
  }

  @Test
  void a_failing_handler_answers_500_without_a_stack_trace() {
    Http http =
        start(
            Map.of(),
            List.of(
                Route.get(
                    "/boom",
                    ctx -> {
                      throw new IllegalStateException("secret internals at dev.sharewell.Boom");
                    })));

    Http.Response boom = http.get("/boom");

    assertThat(boom.status()).isEqualTo(500);
    assertThat(boom.json().toString()).isEqualTo("{\"error\":\"Internal server error\"}");
    assertThat(boom.body()).doesNotContain("secret", "dev.sharewell", "Exception");
  }

  @Test
  void health_is_degraded_while_the_database_is_gone_and_recovers_without_a_restart()
      throws SQLException {
    String name = "health_" + System.nanoTime();
    String create =
        "jdbc:h2:mem:" + name + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
    Connection keeper = DriverManager.getConnection(create);
    keeper.close();
    // IFEXISTS: once the database is shut down, the pool cannot silently make a new empty one.
    Map<String, String> env = Map.of("PORT", "0", "SHAREWELL_DB_URL", create + ";IFEXISTS=TRUE");
    app = Application.start(Settings.from(env), runtime(List.of()));
    Http http = new Http(app.port());
    assertThat(http.get("/health").status()).isEqualTo(200);

    try (Connection c = DriverManager.getConnection(create + ";IFEXISTS=TRUE")) {
      c.createStatement().execute("SHUTDOWN");
    }
    Http.Response degraded = http.get("/health");
    assertThat(degraded.status()).isEqualTo(503);
    assertThat(degraded.json().get("status").asText()).isEqualTo("degraded");
    assertThat(degraded.json().get("database").asText()).isEqualTo("unavailable");

    DriverManager.getConnection(create).close();
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(() -> assertThat(http.get("/health").status()).isEqualTo(200));
  }

  @Test
  void stopping_finishes_requests_in_flight_and_refuses_new_ones() throws Exception {
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Http http =
        start(
            Map.of(),
            List.of(
                Route.get(
                    "/slow",
                    ctx -> {
                      entered.countDown();
                      release.await(20, TimeUnit.SECONDS);
                      ctx.result("finished");
                    })));
    int port = app.port();
    CompletableFuture<Http.Response> slow = CompletableFuture.supplyAsync(() -> http.get("/slow"));
    assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();

    Application stopping = app;
    app = null;
    CompletableFuture<Void> stopped = CompletableFuture.runAsync(stopping::close);
    await().atMost(Duration.ofSeconds(10)).until(() -> !accepts(port));
    assertThat(stopped).isNotDone();
    release.countDown();

    Http.Response response = slow.get(10, TimeUnit.SECONDS);
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("finished");
    stopped.get(15, TimeUnit.SECONDS);
  }

  @Test
  void data_written_before_a_restart_is_still_there(@TempDir Path dir) {
    String url =
        "jdbc:h2:file:"
            + dir.resolve("sharewell")
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    Settings settings = Settings.from(Map.of("PORT", "0", "SHAREWELL_DB_URL", url));
    PlatformUser alice = new PlatformUser(Platform.SLACK, "T1", "UALICE");

    try (Application first = Application.start(settings, runtime(List.of()))) {
      first.core().members().join(first.core().members().identify(alice, Profile.named("Alice")));
    }
    try (Application second = Application.start(settings, runtime(List.of()))) {
      assertThat(second.core().members().find(alice))
          .hasValueSatisfying(m -> assertThat(m.isOptedIn()).isTrue());
    }
  }

  private static AppRuntime runtime(List<Route> routes) {
    return new AppRuntime(
        TestClock.standard(),
        MoreExecutors.newDirectExecutorService(),
        MoreExecutors.newDirectExecutorService(),
        java.time.Duration.ZERO,
        routes);
  }

  private static boolean accepts(int port) {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
