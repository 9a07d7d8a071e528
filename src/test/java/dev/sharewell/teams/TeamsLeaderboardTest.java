package dev.sharewell.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sharewell.testing.FakeConnector;
import dev.sharewell.testing.Http;
import dev.sharewell.testing.TeamsActivities;
import dev.sharewell.testing.TeamsTestApp;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The leaderboard's channel chosen and posted from a team channel, and files (the share export,
 * mydata) handed out in Teams as short-lived download links served by Sharewell.
 */
class TeamsLeaderboardTest {
  private static final String ALICE = "29:alice";
  private static final String BOB = "29:bob";
  private static final String HIDDEN = "29:hidden";
  private static final String ADMIN = TeamsTestApp.ADMIN;

  @RegisterExtension final TeamsTestApp t = TeamsTestApp.extension();
  private String item;

  @BeforeEach
  void start() {
    for (String user : List.of(ALICE, BOB, HIDDEN)) {
      t.teams.say(user, "join");
    }
    t.teams.sayMentioning(ADMIN, "role leader", BOB);
    t.teams.press(
        HIDDEN,
        ask(HIDDEN, "settings"),
        "sharewell.settings",
        Map.of("networks", "linkedin", "leaderboard", "hide"));
    item = t.addContent("Launch", "https://example.com/launch");
    ask(ADMIN, "digest now");
    report(ALICE, "linkedin", null);
  }

  /** "I shared it" on the member's digest card. */
  private void report(String user, String network, String text) {
    FakeConnector.Call digest =
        t.connector.postsTo(TeamsActivities.chatOf(user)).stream()
            .filter(call -> call.text().contains("Your pick for this week"))
            .reduce((first, second) -> second)
            .orElseThrow();
    Map<String, String> values = new java.util.HashMap<>(Map.of(item + ".network", network));
    if (text != null) {
      values.put(item + ".text", text);
    }
    t.teams.press(user, digest, "sharewell.report_share", values);
    t.clock.advance(Duration.ofMinutes(1)); // ties go to who got there first
  }

  private FakeConnector.Call ask(String user, String text) {
    assertThat(t.teams.say(user, text).status()).isEqualTo(202);
    return t.connector.last(TeamsActivities.chatOf(user));
  }

  private String answerInChannel(String user, String text) {
    assertThat(t.teams.inChannel(user, text).status()).isEqualTo(202);
    List<FakeConnector.Call> posts = t.connector.posts();
    return posts.get(posts.size() - 1).text();
  }

  /** The url of the download button on a card. */
  private static String downloadLink(JsonNode card) {
    for (JsonNode action : card.findValues("actions")) {
      for (JsonNode each : action) {
        if ("Action.OpenUrl".equals(each.path("type").asText())) {
          return each.path("url").asText();
        }
      }
    }
    throw new AssertionError("no download link on " + card);
  }

  private Http.Response fetch(String link) {
    return t.http.get(URI.create(link).getPath());
  }

  @Test
  void the_leaderboard_ranks_names_hides_who_asked_and_gives_leaders_their_section() {
    report(BOB, "linkedin", "Proud of what the team built, and here is what it means to me.");
    report(HIDDEN, "linkedin", null);
    report(HIDDEN, "x", null);
    report(ALICE, "linkedin", null);

    String board = ask(ALICE, "leaderboard").text();

    assertThat(board)
        .contains("3 of 3 members shared")
        .contains("1\\. Bob: 15 points, 1 share, 100 % in their own words")
        .contains("3\\. Alice: 10 points, 1 share, 0 % in their own words")
        .contains("… and 1 more colleague")
        .doesNotContain("Hidden")
        .contains("Leading by example");
    assertThat(board.indexOf("Bob")).isLessThan(board.indexOf("Alice"));
  }

  @Test
  void an_admin_chooses_a_team_channel_and_the_leaderboard_is_posted_there() {
    assertThat(answerInChannel(ALICE, "leaderboard here")).contains("Only people with the admin");
    assertThat(answerInChannel(ADMIN, "leaderboard here"))
        .contains("This channel gets the weekly leaderboard");
    int before = t.connector.posts().size();

    assertThat(answerInChannel(ADMIN, "leaderboard post")).contains("Posted");

    List<FakeConnector.Call> posted =
        t.connector.posts().subList(before, t.connector.posts().size()).stream()
            .filter(call -> call.text().contains("Leaderboard this week"))
            .toList();
    assertThat(posted).hasSize(1);
    assertThat(posted.get(0).conversation()).startsWith(TeamsActivities.TEAM);
    assertThat(posted.get(0).text()).contains("Alice: 10 points", "1 of 3 members shared");
  }

  @Test
  void the_share_export_is_a_download_link_that_works_for_an_hour() {
    JsonNode card = ask(ADMIN, "stats export").card();
    String link = downloadLink(card);
    assertThat(FakeConnector.text(card)).contains("one hour");

    Http.Response csv = fetch(link);
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.header("Content-Type")).startsWith("text/csv");
    assertThat(csv.header("Content-Disposition")).contains(".csv");
    assertThat(csv.body().lines().toList()).hasSize(2);
    assertThat(csv.body()).contains("Alice,Launch,LinkedIn,no,10");

    Http.Response forged = fetch(link.substring(0, link.length() - 4) + "AAAA");
    assertThat(forged.status()).isEqualTo(404);
    assertThat(forged.json().path("error").asText()).contains("expired");

    t.clock.advance(Duration.ofMinutes(61));
    assertThat(fetch(link).status()).isEqualTo(404);
  }

  @Test
  void mydata_in_teams_is_a_json_download_of_the_member() {
    String link = downloadLink(ask(ALICE, "mydata").card());

    Http.Response data = fetch(link);
    assertThat(data.status()).isEqualTo(200);
    assertThat(data.header("Content-Type")).startsWith("application/json");
    assertThat(data.json().path("member").path("user_id").asText()).isEqualTo(ALICE);
    assertThat(data.json().path("shares").get(0).path("network").asText()).isEqualTo("LINKEDIN");
  }
}
