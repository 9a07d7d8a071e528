package dev.sharewell.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sharewell.chat.ActionIds;
import java.util.HashMap;
import java.util.Map;

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
public final class SlackTestApp extends TestApp<SlackTestApp> {
  public static final String SECRET = "test-signing-secret";
  public static final String ADMIN = "UADMIN";

  /** {@link #ADMIN} as {@code SHAREWELL_ADMINS} names him: with his workspace. */
  public static final String ADMIN_ID = "slack:" + FakeSlack.TEAM + "/" + ADMIN;

  public FakeSlack slack;
  public SlackRequests requests;

  /** With {@link #withTeams}: Teams in local mode beside Slack, against this fake connector. */
  public FakeConnector connector;

  public TeamsActivities teams;

  private SlackTestApp sharing;
  private boolean withTeams;

  private SlackTestApp() {}

  /**
   * Unstarted, on H2, for {@code @RegisterExtension}; or, for a test that must manage it by hand,
   * configured and then {@link #start() started} in a try-with-resources.
   */
  public static SlackTestApp extension() {
    return new SlackTestApp();
  }

  /**
   * Teams in local mode on the same app, against a {@link #connector} the test reaches through
   * {@link #teams}.
   */
  public SlackTestApp withTeams() {
    this.withTeams = true;
    return withEnv("SHAREWELL_TEAMS_LOCAL", "true");
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

  /**
   * {@code /sharewell text} typed by {@code user}: the text of the reply, checked to be one (HTTP
   * 200, no stack trace in it).
   */
  public String say(String user, String text) {
    Http.Response response = requests.command(user, text);
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body()).doesNotContain("Exception", "at dev.sharewell", "at org.");
    return FakeSlack.text(response.json());
  }

  /** {@link #ADMIN} adds an item with only a title and url: its id. */
  public String addContent(String title, String url) {
    return addContent(Map.of("title", title, "url", url));
  }

  /** {@link #ADMIN} adds an item with a title, url and suggested captions: its id. */
  public String addContent(String title, String url, String captions) {
    return addContent(Map.of("title", title, "url", url, "captions", captions));
  }

  /**
   * {@link #ADMIN} submits the add-content form with {@code values} by block id (title, url,
   * captions, …), checked to be taken (the form closes): the new item's id.
   */
  public String addContent(Map<String, ?> values) {
    Http.Response added =
        requests.submit(ADMIN, ActionIds.ADD_CONTENT_FORM, "", new HashMap<>(values));
    assertThat(added.json().path("response_action").asText()).isEqualTo("update");
    return latestContentId();
  }

  @Override
  void openFakes(DbEngine engine, Map<String, String> settings) {
    if (withTeams) {
      connector = new FakeConnector();
    }
    if (sharing == null) {
      slack = new FakeSlack();
      db = TestDatabase.create(engine);
      clock = TestClock.standard();
    } else {
      slack = sharing.slack;
      db = sharing.db;
      clock = sharing.clock;
    }
    settings.put("SLACK_BOT_TOKEN", "xoxb-test-token");
    settings.put("SLACK_SIGNING_SECRET", SECRET);
    settings.put("SLACK_API_URL", slack.apiUrl());
    settings.put("SHAREWELL_ADMINS", ADMIN_ID);
  }

  @Override
  void started() {
    requests = new SlackRequests(http, SECRET, slack);
    if (withTeams) {
      teams = new TeamsActivities(http, connector);
    }
  }

  @Override
  void closeFakes(Closer closer) {
    closer.add(connector);
    if (sharing == null) {
      closer.add(slack);
      closer.add(db);
    }
  }
}
