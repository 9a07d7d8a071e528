package dev.sharewell.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sharewell.testing.DbEngine;
import dev.sharewell.testing.FakeSlack;
import dev.sharewell.testing.SlackRequests.Choice;
import dev.sharewell.testing.SlackTestApp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code mydata} and {@code forget} over signed HTTP, on each database. */
@ParameterizedClass
@MethodSource("dev.sharewell.testing.DbEngine#available")
class PrivacyTest {
  static final String TEXT = "Our quokka team shipped this and I am proud of what we learned.";
  static final String POST = "https://social.example/posts/quokka-777";

  @Parameter DbEngine engine;

  @RegisterExtension final SlackTestApp t = SlackTestApp.extension().on(() -> engine);
  String launch;
  String event;
  long alice;

  @BeforeEach
  void start() {
    t.requests.command(SlackTestApp.ADMIN, "join");
    launch = add("Launch", "https://example.com/launch");
    event = add("Meetup", "https://example.com/meetup");
    t.requests.command("UALICE", "join");
    t.requests.command("UBOB", "join");
    t.requests.command(SlackTestApp.ADMIN, "role <@UALICE|alice> leader");
    t.requests.command(SlackTestApp.ADMIN, "digest now");
    report("UALICE", launch, "linkedin", TEXT, POST);
    report("UALICE", launch, "x", null, null);
    report("UBOB", launch, "linkedin", "Bob’s own words about the launch, for his network.", null);
    t.requests.click("UALICE", "sharewell.not_for_me", event);
    alice = one("SELECT id FROM members WHERE user_id = 'UALICE'");
  }

  private String add(String title, String url) {
    return t.addContent(title, url, "Suggested words for " + title);
  }

  private void report(String user, String item, String network, String text, String postUrl) {
    Map<String, Object> values = new HashMap<>(Map.of("network", new Choice(network)));
    if (text != null) {
      values.put("text", text);
    }
    if (postUrl != null) {
      values.put("post_url", postUrl);
    }
    t.requests.submit(user, "sharewell.report_share", item, values);
  }

  @Test
  void mydata_is_everything_stored_about_the_member_as_a_json_file() throws Exception {
    String answer = FakeSlack.text(t.requests.command("UALICE", "mydata").json());

    assertThat(answer).contains("everything Sharewell stores about you");
    assertThat(t.slack.uploads()).hasSize(1);
    JsonNode data = new ObjectMapper().readTree(t.slack.uploads().values().iterator().next());
    assertThat(data.path("member").path("display_name").asText()).isEqualTo("ualice");
    assertThat(data.path("member").path("user_id").asText()).isEqualTo("UALICE");
    assertThat(data.path("shares")).hasSize(2);
    assertThat(data.path("shares").get(0).path("text").asText()).isEqualTo(TEXT);
    assertThat(data.path("shares").get(0).path("post_url").asText()).isEqualTo(POST);
    assertThat(data.path("shares").get(0).path("points").asInt()).isEqualTo(15);
    assertThat(data.path("roles").get(0).path("role").asText()).isEqualTo("LEADER");
    assertThat(data.path("not_for_me").get(0).path("item").asText()).isEqualTo("Meetup");
    assertThat(data.path("digests")).isNotEmpty();
    assertThat(data.path("networks")).isNotEmpty();
    assertThat(data.path("audit_log").get(0).path("subject").asText())
        .isEqualTo("slack:" + FakeSlack.TEAM + "/UALICE");
    assertThat(data.toString()).doesNotContain("Bob");
  }

  @Test
  void forget_asks_first_then_leaves_no_trace_and_the_counts_stay() {
    long shares = t.rows().count("shares");
    long points = one("SELECT SUM(points) FROM points");

    String question = FakeSlack.text(t.requests.command("UALICE", "forget").json());
    assertThat(question).contains("Delete everything about you?").contains("sharewell.forget");
    assertThat(t.rows().count("members", "id = ?", alice)).isEqualTo(1);

    String done = FakeSlack.text(t.requests.click("UALICE", "sharewell.forget", "").json());
    assertThat(done).isEmpty();
    assertThat(FakeSlack.text(t.slack.responses().get(t.slack.responses().size() - 1)))
        .contains("deleted everything it stored about you");

    assertThat(traces()).isEmpty();
    assertThat(t.rows().count("shares")).isEqualTo(shares);
    assertThat(one("SELECT SUM(points) FROM points")).isEqualTo(points);
    assertThat(t.rows().count("shares", "member_id IS NULL")).isEqualTo(2);
    assertThat(FakeSlack.text(t.requests.command(SlackTestApp.ADMIN, "stats content").json()))
        .contains("shared 3 times");
    assertThat(FakeSlack.text(t.requests.command("UBOB", "stats").json()))
        .contains("have 15 points");
  }

  /** Every cell of every table that holds Alice's id, user id, name, texts or links. */
  private List<String> traces() {
    Set<String> idColumns =
        Set.of("member_id", "actor_member_id", "created_by", "granted_by", "updated_by");
    List<String> found = new ArrayList<>();
    t.db
        .jdbi()
        .useHandle(
            h -> {
              List<String> tables =
                  h.select(
                          "SELECT table_name FROM information_schema.tables"
                              + " WHERE table_schema = CURRENT_SCHEMA"
                              + " AND table_type IN ('BASE TABLE', 'TABLE')")
                      .mapTo(String.class)
                      .list();
              assertThat(tables).contains("members", "shares", "audit_log");
              for (String table : tables) {
                for (Map<String, Object> row : h.select("SELECT * FROM " + table).mapToMap()) {
                  row.forEach(
                      (column, value) -> {
                        String cell = String.valueOf(value).toLowerCase(java.util.Locale.ROOT);
                        boolean hers =
                            idColumns.contains(column) && cell.equals(Long.toString(alice));
                        for (String secret : List.of("ualice", "quokka")) {
                          hers |= cell.contains(secret);
                        }
                        if (hers) {
                          found.add(table + "." + column + " = " + cell);
                        }
                      });
                }
              }
            });
    return found;
  }

  private long one(String sql) {
    return t.db.jdbi().withHandle(h -> h.select(sql).mapTo(Long.class).one());
  }
}
