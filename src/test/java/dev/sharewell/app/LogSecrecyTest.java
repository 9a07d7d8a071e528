package dev.sharewell.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import dev.sharewell.testing.FakeConnector;
import dev.sharewell.testing.SlackRequests;
import dev.sharewell.testing.SlackRequests.Choice;
import dev.sharewell.testing.SlackTestApp;
import dev.sharewell.testing.TeamsActivities;
import dev.sharewell.testing.TeamsTestApp;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Runs Slack and Teams end to end, failures included, with the production logging configuration
 * (and Sharewell's own loggers at DEBUG, stricter than production), and searches everything logged
 * for tokens, secrets, passwords and the texts people wrote.
 */
class LogSecrecyTest {
  /** Every text a person types in this test carries this word. */
  static final String WRITTEN = "zebracorn";

  static final List<String> SECRETS =
      List.of(
          "xoxb-test-token",
          SlackTestApp.SECRET,
          "app-secret",
          "bot-token-",
          "Bearer ",
          "db-password-1234",
          WRITTEN);

  private final LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();
  private final ListAppender<ILoggingEvent> captured = new ListAppender<>();

  @BeforeEach
  void captureWithTheProductionConfiguration() throws Exception {
    configure(getClass().getResource("/logback.xml"));
    logging.getLogger("dev.sharewell").setLevel(Level.DEBUG);
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

  @Test
  void no_secret_and_no_written_text_reaches_the_logs() {
    slackRun();
    teamsRun();

    List<String> lines = new ArrayList<>();
    for (ILoggingEvent event : captured.list) {
      String line = event.getLoggerName() + " " + event.getFormattedMessage();
      if (event.getThrowableProxy() != null) {
        line += "\n" + ThrowableProxyUtil.asString(event.getThrowableProxy());
      }
      lines.add(line);
    }
    assertThat(lines).as("the run logged something, so the search means something").isNotEmpty();
    for (String secret : SECRETS) {
      assertThat(lines).as(secret).noneMatch(line -> line.contains(secret));
    }
  }

  private void slackRun() {
    try (SlackTestApp t =
        SlackTestApp.extension()
            .withEnv(Map.of("SHAREWELL_DB_PASSWORD", "", "SHAREWELL_COMMS_CHANNEL", "CCOMMS"))
            .start()) {
      SlackRequests slack = t.requests;
      slack.command(SlackTestApp.ADMIN, "join");
      String item =
          t.addContent(
              "Launch " + WRITTEN,
              "https://example.com/" + WRITTEN,
              "Suggested " + WRITTEN + " words");
      slack.command("UALICE", "join");
      t.slack.failPostsTo("DUBOB", "channel_not_found");
      slack.command("UBOB", "join");
      slack.command(SlackTestApp.ADMIN, "digest now");
      Map<String, Object> report = new HashMap<>();
      report.put("network", new Choice("linkedin"));
      report.put("text", "My own " + WRITTEN + " text about the launch for my network");
      report.put("post_url", "https://social.example/" + WRITTEN);
      slack.submit("UALICE", "sharewell.report_share", item, report);
      slack.submit(
          "UALICE",
          "sharewell.personalise",
          item,
          Map.of("draft", "Suggested " + WRITTEN + " words"));
      slack.submit(
          "UALICE",
          "sharewell.flag",
          "",
          Map.of("link", "https://social.example/" + WRITTEN, "note", "Angry " + WRITTEN));
      slack.submit("UALICE", "sharewell.report_share", item, Map.of("text", WRITTEN));
      slack.command("UALICE", "no-such-command " + WRITTEN);
      slack.click("UALICE", "sharewell.no_such_button", WRITTEN);
      slack.signed("application/x-www-form-urlencoded", "text=" + WRITTEN + "&garbage");
      slack.command("UALICE", "stats");
      slack.command("UALICE", "leaderboard");
      slack.command("UALICE", "mydata");
      slack.command("UALICE", "forget");
      slack.click("UALICE", "sharewell.forget", "");
    }
  }

  private void teamsRun() {
    try (TeamsTestApp t = TeamsTestApp.extension().withAppId().start()) {
      TeamsActivities teams =
          t.teams.authorization(t.login.bearer(TeamsTestApp.APP_ID, t.connector.serviceUrl()));
      teams.say("29:alice", "join");
      teams.say("29:alice", "what is " + WRITTEN);
      t.connector.fail(TeamsActivities.chatOf("29:alice"), FakeConnector.Failure.writesBlocked());
      teams.say("29:alice", "stats " + WRITTEN);
      teams.authorization("Bearer forged-" + WRITTEN).say("29:alice", "join");
    }
  }
}
