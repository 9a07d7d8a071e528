package dev.sharewell.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.util.concurrent.MoreExecutors;
import dev.sharewell.testing.DbEngine;
import dev.sharewell.testing.TestClock;
import dev.sharewell.testing.TestDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A flood of requests is held to a bounded number in flight and waiting; the rest hear "busy". */
class HttpLimitsTest {
  private static final int EXTRA = 5;

  @Test
  void requests_beyond_those_in_flight_and_waiting_are_answered_busy_and_the_rest_complete()
      throws Exception {
    CountDownLatch entered = new CountDownLatch(HttpLimits.MAX_IN_FLIGHT);
    CountDownLatch release = new CountDownLatch(1);
    Route hold =
        Route.get(
            "/hold",
            ctx -> {
              entered.countDown();
              release.await(60, TimeUnit.SECONDS);
              ctx.result("done");
            });
    try (TestDatabase db = TestDatabase.create(DbEngine.H2);
        Application app =
            Application.start(
                Settings.from(Map.of("PORT", "0", "SHAREWELL_DB_URL", db.url())),
                new AppRuntime(
                    TestClock.standard(),
                    MoreExecutors.newDirectExecutorService(),
                    MoreExecutors.newDirectExecutorService(),
                    Duration.ZERO,
                    List.of(hold)))) {
      HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      HttpRequest request =
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/hold")).build();
      List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
      for (int i = 0; i < HttpLimits.MAX_IN_FLIGHT; i++) {
        sent.add(client.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
      }
      assertThat(entered.await(30, TimeUnit.SECONDS)).as("all in flight").isTrue();
      for (int i = 0; i < HttpLimits.MAX_WAITING + EXTRA; i++) {
        sent.add(client.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
      }

      // Those over the waiting room are turned away at once; the waiting ones after their wait.
      List<HttpResponse<String>> turnedAway = new ArrayList<>();
      for (CompletableFuture<HttpResponse<String>> waiting :
          sent.subList(HttpLimits.MAX_IN_FLIGHT, sent.size())) {
        turnedAway.add(waiting.get(30, TimeUnit.SECONDS));
      }
      release.countDown();
      List<HttpResponse<String>> held = new ArrayList<>();
      for (CompletableFuture<HttpResponse<String>> inFlight :
          sent.subList(0, HttpLimits.MAX_IN_FLIGHT)) {
        held.add(inFlight.get(30, TimeUnit.SECONDS));
      }

      assertThat(held).allSatisfy(r -> assertThat(r.body()).isEqualTo("done"));
      assertThat(turnedAway)
          .hasSize(HttpLimits.MAX_WAITING + EXTRA)
          .allSatisfy(
              r -> {
                assertThat(r.statusCode()).isEqualTo(503);
                assertThat(r.headers().firstValue("Retry-After")).contains("60");
                assertThat(r.body())
                    .isEqualTo("{\"error\":\"Sharewell is busy, try again in a minute\"}");
              });
      assertThat(new dev.sharewell.testing.Http(app.port()).get("/health").status())
          .as("served again once the flood is over")
          .isEqualTo(200);
    } finally {
      release.countDown();
    }
  }
}
