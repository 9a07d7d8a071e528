package dev.sharewell.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.read.ListAppender;
import dev.sharewell.testing.DbEngine;
import dev.sharewell.testing.LogWatch;
import dev.sharewell.testing.TestDatabase;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.CompletionException;
import org.jdbi.v3.core.statement.StatementException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;

/**
 * A statement that fails with a person's words bound to it: neither the exception's message nor
 * what the production logging prints of it (the stack trace included) holds those words. Jdbi's
 * default message lists the bound values, and H2 quotes them in its own message.
 */
class DatabaseErrorSecrecyTest {
  private static final String WRITTEN = "zebracorn";

  private final LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();
  private final ListAppender<ILoggingEvent> captured = new ListAppender<>();

  @BeforeEach
  void logWithTheProductionConfiguration() throws Exception {
    configure(getClass().getResource("/logback.xml"));
    captured.setContext(logging);
    captured.start();
    logging.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(captured);
  }

  @AfterEach
  void restoreTheTestConfiguration() throws Exception {
    captured.stop();
    configure(getClass().getResource("/logback-test.xml"));
  }

  private void configure(URL file) throws Exception {
    logging.reset();
    JoranConfigurator configurator = new JoranConfigurator();
    configurator.setContext(logging);
    configurator.doConfigure(file);
  }

  /** What the production console appender prints for everything logged so far. */
  private String printed() {
    var console =
        (OutputStreamAppender<ILoggingEvent>)
            logging.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("STDOUT");
    PatternLayoutEncoder encoder = (PatternLayoutEncoder) console.getEncoder();
    StringBuilder out = new StringBuilder();
    captured.list.forEach(e -> out.append(new String(encoder.encode(e), StandardCharsets.UTF_8)));
    return out.toString();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.sharewell.testing.DbEngine#available")
  void a_failed_statement_keeps_the_values_bound_to_it_out_of_its_message_and_the_logs(
      DbEngine engine) {
    try (TestDatabase db = TestDatabase.open(engine);
        LogWatch watch = new LogWatch()) {
      String tooLong = "My words about a " + WRITTEN + " " + "x".repeat(300);
      StatementException tooLongFailure = insertMember(db, "U1", tooLong);
      insertMember(db, WRITTEN, "Ada");
      StatementException duplicateFailure = insertMember(db, WRITTEN, "Ada");

      for (StatementException failure :
          new StatementException[] {tooLongFailure, duplicateFailure}) {
        assertThat(failure.getMessage())
            .doesNotContain(WRITTEN)
            .contains("INSERT INTO members", "SQL state");
        LoggerFactory.getLogger("dev.sharewell.app.ErrorMapping")
            .error("POST /slack/events failed", new CompletionException(failure));
      }

      String printed = printed();
      assertThat(printed)
          .as("the failures were logged with their stack traces")
          .contains("SQL state 22001", "SQL state 23505", "at org.jdbi.v3")
          .doesNotContain(WRITTEN);
      assertThat(watch.failures()).hasSize(2).noneMatch(line -> line.contains(WRITTEN));
    }
  }

  private static StatementException insertMember(TestDatabase db, String userId, String name) {
    return catchThrowableOfType(
        StatementException.class,
        () ->
            db.jdbi()
                .useHandle(
                    h ->
                        h.createUpdate(
                                "INSERT INTO members (platform, workspace_id, user_id,"
                                    + " display_name, created_at, updated_at) VALUES ('SLACK',"
                                    + " 'T1', :user, :name, :now, :now)")
                            .bind("user", userId)
                            .bind("name", name)
                            .bind("now", Instant.now())
                            .execute()));
  }
}
