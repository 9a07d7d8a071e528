package dev.sharewell.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sharewell.chat.ActionIds;
import java.util.Map;

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
public final class TeamsTestApp extends TestApp<TeamsTestApp> {
  public static final String ADMIN = "29:admin";

  /** {@link #ADMIN} as {@code SHAREWELL_ADMINS} names him: with his tenant. */
  public static final String ADMIN_ID = "teams:" + FakeConnector.TENANT + "/" + ADMIN;

  public static final String APP_ID = "11111111-2222-3333-4444-555555555555";

  public FakeConnector connector;
  public FakeBotLogin login;
  public TeamsActivities teams;

  private boolean appId;

  private TeamsTestApp() {
    clock = TestClock.standard();
  }

  /**
   * Unstarted, in local mode on H2, for {@code @RegisterExtension}; or, for a test that must manage
   * it by hand, configured and then {@link #start() started} in a try-with-resources.
   */
  public static TeamsTestApp extension() {
    return new TeamsTestApp();
  }

  /** With an app id: every activity needs a token signed by {@link #login}. */
  public TeamsTestApp withAppId() {
    this.appId = true;
    return this;
  }

  /**
   * {@code text} typed by {@code user} in the personal chat: the bot's reply, checked to be one
   * (HTTP 202, an answer to the message, no stack trace in it).
   */
  public FakeConnector.Call reply(String user, String text) {
    Http.Response response = teams.say(user, text);
    assertThat(response.status()).isEqualTo(202);
    FakeConnector.Call reply = connector.last(TeamsActivities.chatOf(user));
    assertThat(reply.activityId()).as("a reply to the message").isNotNull();
    assertThat(reply.body().toString()).doesNotContain("Exception", "at dev.sharewell");
    return reply;
  }

  /** The text of the {@link #reply} to {@code text} typed by {@code user}. */
  public String say(String user, String text) {
    return reply(user, text).text();
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
   * {@link #ADMIN} types {@code add} and submits the card with {@code inputs} by id (title, url,
   * captions, …), checked to be stored: the new item's id.
   */
  public String addContent(Map<String, ?> inputs) {
    int before = rows().count("content_items");
    Http.Response response =
        teams.press(ADMIN, reply(ADMIN, "add"), ActionIds.ADD_CONTENT_FORM, inputs);
    assertThat(response.status()).isEqualTo(202);
    assertThat(rows().count("content_items")).as("the item is stored").isEqualTo(before + 1);
    return latestContentId();
  }

  @Override
  void openFakes(DbEngine engine, Map<String, String> settings) {
    connector = new FakeConnector();
    login = appId ? new FakeBotLogin() : null;
    db = TestDatabase.create(engine);
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
  }

  @Override
  void started() {
    teams = new TeamsActivities(http, connector);
  }

  @Override
  void closeFakes(Closer closer) {
    closer.add(connector);
    closer.add(login);
    closer.add(db);
  }
}
