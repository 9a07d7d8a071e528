package dev.sharewell.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.google.common.util.concurrent.MoreExecutors;
import dev.sharewell.testing.DbEngine;
import dev.sharewell.testing.Http;
import dev.sharewell.testing.TestClock;
import dev.sharewell.testing.TestDatabase;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * How the Teams mode shows at start and in /health: off by default, one warning for local mode,
 * nothing to warn about with an app id.
 */
class TeamsStartupTest {
  private final Logger log = (Logger) LoggerFactory.getLogger(Application.class);
  private final ListAppender<ILoggingEvent> events = new ListAppender<>();
  private Level level;
  private TestDatabase db;

  @BeforeEach
  void listen() {
    level = log.getLevel();
    log.setLevel(Level.INFO);
    events.start();
    log.addAppender(events);
    db = TestDatabase.create(DbEngine.H2);
  }

  @AfterEach
  void restore() {
    log.detachAppender(events);
    log.setLevel(level);
    db.close();
  }

  private List<String> warnings(Map<String, String> extra, String mode) {
    Map<String, String> env = new HashMap<>(Map.of("PORT", "0", "SHAREWELL_DB_URL", db.url()));
    env.putAll(extra);
    try (Application app =
        Application.start(
            Settings.from(env),
            new AppRuntime(
                TestClock.standard(),
                MoreExecutors.newDirectExecutorService(),
                MoreExecutors.newDirectExecutorService(),
                java.time.Duration.ZERO,
                List.of()))) {
      assertThat(new Http(app.port()).get("/health").json().get("teams").asText()).isEqualTo(mode);
    }
    return events.list.stream()
        .filter(e -> e.getLevel() == Level.WARN)
        .map(ILoggingEvent::getFormattedMessage)
        .toList();
  }

  @Test
  void teams_is_off_by_default_without_a_warning() {
    assertThat(warnings(Map.of(), "disabled")).isEmpty();
  }

  @Test
  void local_mode_is_announced_by_one_warning_at_start() {
    assertThat(warnings(Map.of("SHAREWELL_TEAMS_LOCAL", "true"), "local"))
        .singleElement()
        .asString()
        .contains("local mode", "from this machine");
  }

  @Test
  void with_an_app_id_there_is_no_warning() {
    assertThat(
            warnings(
                Map.of(
                    "MICROSOFT_APP_ID", "11111111-2222-3333-4444-555555555555",
                    "MICROSOFT_APP_PASSWORD", "secret",
                    "SHAREWELL_TEAMS_TENANTS", "tenant-1",
                    "MICROSOFT_OPENID_METADATA_URL", "http://127.0.0.1:9/openid"),
                "enabled"))
        .isEmpty();
  }
}
