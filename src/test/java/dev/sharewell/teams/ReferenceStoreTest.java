package dev.sharewell.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ConversationReference;
import com.microsoft.bot.schema.Serialization;
import dev.sharewell.store.Columns;
import dev.sharewell.testing.DbEngine;
import dev.sharewell.testing.TestClock;
import dev.sharewell.testing.TestDatabase;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/** The conversation references on each database: stored, refreshed, found and forgotten. */
@ParameterizedClass
@MethodSource("dev.sharewell.testing.DbEngine#available")
class ReferenceStoreTest {
  private static final String TENANT = "tenant-1";
  private static final String TEAM = "19:team@thread.tacv2";

  @Parameter DbEngine engine;

  private TestDatabase db;
  private final TestClock clock = TestClock.standard();
  private ReferenceStore store;

  @BeforeEach
  void open() {
    db = TestDatabase.open(engine);
    store = new ReferenceStore(db.jdbi(), clock);
  }

  @AfterEach
  void close() {
    db.close();
  }

  private static Activity personal(String user, String serviceUrl) {
    return activity(
        "{\"type\":\"message\",\"id\":\"m1\",\"channelId\":\"msteams\",\"serviceUrl\":\""
            + serviceUrl
            + "\",\"from\":{\"id\":\""
            + user
            + "\"},\"recipient\":{\"id\":\"28:bot\",\"name\":\"Sharewell\"},"
            + "\"conversation\":{\"conversationType\":\"personal\",\"tenantId\":\""
            + TENANT
            + "\",\"id\":\"a:dm-"
            + user
            + "\"}}");
  }

  private static Activity channel(String channel, String thread) {
    return activity(
        "{\"type\":\"message\",\"id\":\"m2\",\"channelId\":\"msteams\",\"serviceUrl\":"
            + "\"https://smba.example/emea/\",\"from\":{\"id\":\"29:alice\"},"
            + "\"recipient\":{\"id\":\"28:bot\"},\"conversation\":{\"isGroup\":true,"
            + "\"conversationType\":\"channel\",\"tenantId\":\""
            + TENANT
            + "\",\"id\":\""
            + channel
            + ";messageid="
            + thread
            + "\"},\"channelData\":{\"team\":{\"id\":\""
            + TEAM
            + "\"},\"channel\":{\"id\":\""
            + channel
            + "\"}}}");
  }

  private static Activity activity(String json) {
    try {
      return Serialization.treeToValue(Serialization.jsonToTree(json), Activity.class);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void a_reference_is_new_once_and_refreshed_after() {
    assertThat(store.remember(personal("29:alice", "https://one.example/"))).isTrue();
    clock.advance(Duration.ofMinutes(1));
    assertThat(store.remember(personal("29:alice", "https://two.example/"))).isFalse();

    ConversationReference alice = store.personal(TENANT, "29:alice").orElseThrow();
    assertThat(alice.getServiceUrl()).isEqualTo("https://two.example/");
    assertThat(alice.getConversation().getId()).isEqualTo("a:dm-29:alice");
    assertThat(alice.getBot().getId()).isEqualTo("28:bot");
    assertThat(alice.getActivityId()).isNull();
    assertThat(store.personal(TENANT, "29:bob")).isEmpty();
    assertThat(store.personal("another-tenant", "29:alice")).isEmpty();
  }

  @Test
  void a_channel_is_kept_without_its_thread_and_found_by_channel_and_team() {
    store.remember(channel(TEAM, "111"));
    store.remember(channel("19:other@thread.tacv2", "222"));

    assertThat(store.conversation(TENANT, TEAM).orElseThrow().getConversation().getId())
        .isEqualTo(TEAM);
    assertThat(store.team(TENANT, TEAM)).isPresent();
    assertThat(store.latest(TENANT).orElseThrow().getServiceUrl())
        .isEqualTo("https://smba.example/emea/");
  }

  @Test
  void forgetting_a_team_forgets_all_its_channels_but_not_personal_chats() {
    store.remember(channel(TEAM, "111"));
    store.remember(channel("19:other@thread.tacv2", "222"));
    store.remember(personal("29:alice", "https://one.example/"));

    store.forget(channel(TEAM, "333"));

    assertThat(store.team(TENANT, TEAM)).isEmpty();
    assertThat(store.conversation(TENANT, "19:other@thread.tacv2")).isEmpty();
    assertThat(store.personal(TENANT, "29:alice")).isPresent();

    store.forget(personal("29:alice", "https://one.example/"));
    assertThat(store.latest(TENANT)).isEmpty();
  }

  @Test
  void the_reference_of_the_largest_activity_the_parser_accepts_fits_its_column() {
    // Quotes are the text that grows most in JSON (each is written as two characters).
    ObjectNode json = Serialization.createObjectNode();
    json.put("type", "message").put("channelId", quotes(ActivityParser.KEYWORD_MAX));
    json.put("serviceUrl", "https://smba.example/" + quotes(Columns.URL - 21));
    json.putObject("from").put("id", quotes(Columns.USER_ID)).put("name", quotes(10_000));
    json.putObject("recipient")
        .put("id", quotes(Columns.USER_ID))
        .put("name", quotes(Columns.DISPLAY_NAME));
    String tenant = quotes(Columns.WORKSPACE_ID);
    json.putObject("conversation")
        .put("id", quotes(Columns.CONVERSATION_ID))
        .put("tenantId", tenant)
        .put("isGroup", true)
        .put("conversationType", quotes(ActivityParser.KEYWORD_MAX));
    ObjectNode channelData = json.putObject("channelData");
    channelData.putObject("team").put("id", quotes(Columns.TEAM_ID));
    channelData.putObject("channel").put("id", "'" + quotes(Columns.CONVERSATION_ID - 1));

    assertThat(store.remember(ActivityParser.parse(json.toString()))).isTrue();

    String stored =
        db.jdbi()
            .withHandle(
                h -> h.select("SELECT reference FROM conversation_refs").mapTo(String.class).one());
    assertThat(stored.length()).isBetween(7_000, Columns.CONVERSATION_REFERENCE);
    assertThat(store.latest(tenant).orElseThrow().getBot().getName())
        .isEqualTo(quotes(Columns.DISPLAY_NAME));
  }

  private static String quotes(int n) {
    return "\"".repeat(n);
  }
}
