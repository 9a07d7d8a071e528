package dev.sharewell.links;

import static dev.sharewell.links.LinkVisits.BROWSER;
import static dev.sharewell.links.LinkVisits.LINKEDIN_BOT;
import static dev.sharewell.links.LinkVisits.counted;
import static dev.sharewell.links.LinkVisits.follow;
import static dev.sharewell.links.LinkVisits.tokenFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sharewell.testing.DbEngine;
import dev.sharewell.testing.FakeSlack;
import dev.sharewell.testing.Http;
import dev.sharewell.testing.Poll;
import dev.sharewell.testing.SlackTestApp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Tracked links over HTTP against the real app: a digest carries short links, and following them
 * redirects with UTM parameters and counts people, not robots, without storing who they were.
 */
@ParameterizedClass
@MethodSource("dev.sharewell.testing.DbEngine#available")
class TrackedLinksTest {
  @Parameter DbEngine engine;

  @RegisterExtension
  final SlackTestApp t =
      SlackTestApp.extension()
          .on(() -> engine)
          .withEnv("SHAREWELL_PUBLIC_URL", "http://localhost:1")
          .withEnv("SHAREWELL_LINK_BASE_URL", LinkVisits.BASE)
          .startedByTest();

  @Test
  void digest_links_redirect_with_utm_and_count_people_but_not_robots() {
    t.start();
    List<String> tokens = digestTokens("https://example.com/launch", "We launched: Sharewell");
    // LinkedIn, X, and the item's own link: one token each, none repeated.
    assertThat(tokens).hasSize(3).doesNotHaveDuplicates();
    String linkedin = tokenFor(t, "LINKEDIN");

    Http.Response person = follow(t, "GET", linkedin, BROWSER, Map.of());
    assertThat(person.status()).isEqualTo(302);
    assertThat(person.header("Location"))
        .isEqualTo(
            "https://example.com/launch?utm_source=linkedin&utm_medium=employee_advocacy"
                + "&utm_campaign=we-launched-sharewell");
    assertThat(person.header("Cache-Control")).isEqualTo("no-store");

    Http.Response robot = follow(t, "GET", linkedin, LINKEDIN_BOT, Map.of());
    assertThat(robot.status()).isEqualTo(302);
    assertThat(robot.header("Location")).isEqualTo(person.header("Location"));
    Http.Response head = follow(t, "HEAD", linkedin, BROWSER, Map.of());
    assertThat(head.status()).isEqualTo(302);
    for (String previewer :
        List.of(
            "Twitterbot/1.0",
            "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
            "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
            "Mozilla/5.0 (Windows NT 6.1; WOW64) SkypeUriPreview Preview/0.5"
                + " skype-url-preview@microsoft.com")) {
      assertThat(follow(t, "GET", linkedin, previewer, Map.of()).status()).isEqualTo(302);
    }
    // The same person again: two clicks, one unique.
    follow(t, "GET", linkedin, BROWSER, Map.of());

    Poll.until(Duration.ofSeconds(10), "two clicks written", () -> clicks(linkedin) == 2);
    assertThat(uniqueClicks(linkedin)).isEqualTo(1);
    assertThat(totalClicks()).isEqualTo(2);

    // Another browser on the same address is another visitor.
    follow(t, "GET", linkedin, BROWSER.replace("120.0", "121.0"), Map.of());
    Poll.until(Duration.ofSeconds(10), "the third click written", () -> clicks(linkedin) == 3);
    assertThat(uniqueClicks(linkedin)).isEqualTo(2);
  }

  @Test
  void the_list_command_shares_the_members_same_tracked_links() {
    t.start();
    List<String> tokens = digestTokens("https://example.com/list", "Listed");
    String listed = t.say("UALICE", "list");
    Set<String> inList = LinkVisits.tokensIn(listed);
    assertThat(inList).containsExactlyInAnyOrderElementsOf(tokens);
    assertThat(t.rows().count("tracked_links")).isEqualTo(3);
  }

  @Test
  void unknown_and_malformed_tokens_answer_404_with_a_page() {
    t.start();
    for (String token : List.of("AAAAAAAAAAAAAAAAAAAAAA", "nope", "AAAAAAAAAAAAAAAAAAAAA!")) {
      Http.Response answer = follow(t, "GET", token, BROWSER, Map.of());
      assertThat(answer.status()).isEqualTo(404);
      assertThat(answer.header("Content-Type")).startsWith("text/html");
      assertThat(answer.body()).contains("Link not found").doesNotContain("Exception");
    }
  }

  @Test
  void existing_query_fragment_and_utm_parameters_are_kept_and_not_doubled() {
    t.start();
    digestTokens("https://example.com/jobs?ref=a&utm_source=newsletter#apply", "Join us");
    Http.Response x = follow(t, "GET", tokenFor(t, "X"), BROWSER, Map.of());
    assertThat(x.header("Location"))
        .isEqualTo(
            "https://example.com/jobs?ref=a&utm_source=newsletter"
                + "&utm_medium=employee_advocacy&utm_campaign=join-us#apply");
  }

  @Test
  void utm_off_leaves_the_url_untouched() {
    t.withEnv("SHAREWELL_UTM", "off").start();
    digestTokens("https://example.com/a?b=c#d", "Plain");
    assertThat(follow(t, "GET", tokenFor(t, "PAGE"), BROWSER, Map.of()).header("Location"))
        .isEqualTo("https://example.com/a?b=c#d");
  }

  @Test
  void the_tables_hold_no_address_user_agent_or_visitor() {
    t.start();
    digestTokens("https://example.com/privacy", "Privacy");
    String token = tokenFor(t, "PAGE");
    follow(t, "GET", token, BROWSER, Map.of());
    follow(t, "GET", token, LINKEDIN_BOT, Map.of());
    Poll.until(Duration.ofSeconds(10), "the click written", () -> clicks(token) == 1);

    Map<String, Set<String>> columns =
        Map.of(
            "tracked_links",
            Set.of("id", "token", "content_id", "member_id", "network", "created_at"),
            "link_clicks",
            Set.of("link_id", "click_day", "clicks", "unique_clicks"));
    columns.forEach(
        (table, expected) -> {
          List<Map<String, Object>> rows =
              t.db.jdbi().withHandle(h -> h.select("SELECT * FROM " + table).mapToMap().list());
          assertThat(rows).isNotEmpty();
          for (Map<String, Object> row : rows) {
            assertThat(row.keySet()).isEqualTo(expected);
            for (Object value : row.values()) {
              String text = String.valueOf(value);
              assertThat(text)
                  .doesNotContain("127.0.0.1", "0:0:0:0:0:0:0:1", "Mozilla", "LinkedInBot");
            }
          }
        });
  }

  @Test
  void a_graceful_stop_writes_the_clicks_still_pending() {
    t.withClickFlush(Duration.ZERO).start();
    digestTokens("https://example.com/stop", "Stop");
    String token = tokenFor(t, "LINKEDIN");
    follow(t, "GET", token, BROWSER, Map.of());
    follow(t, "GET", token, BROWSER, Map.of());
    assertThat(t.rows().count("link_clicks")).isZero();

    t.app.close();

    assertThat(clicks(token)).isEqualTo(2);
    assertThat(uniqueClicks(token)).isEqualTo(1);
  }

  @Test
  void a_forgotten_members_links_still_redirect_and_count_for_the_item() {
    t.start();
    digestTokens("https://example.com/forget", "Forget");
    String token = tokenFor(t, "LINKEDIN");
    t.requests.command("UALICE", "forget");
    t.requests.click("UALICE", "sharewell.forget", "");
    assertThat(t.rows().count("members", "user_id = ?", "UALICE")).isZero();
    assertThat(t.rows().count("tracked_links", "member_id IS NULL")).isEqualTo(3);

    assertThat(follow(t, "GET", token, BROWSER, Map.of()).status()).isEqualTo(302);
    Poll.until(Duration.ofSeconds(10), "the click written", () -> clicks(token) == 1);
  }

  @Test
  void without_a_public_url_links_stay_untracked() {
    t.withEnv("SHAREWELL_PUBLIC_URL", "").withEnv("SHAREWELL_LINK_BASE_URL", "").start();
    String blocks = digestBlocks("https://example.com/plain", "Plain");
    assertThat(blocks).contains("https%3A%2F%2Fexample.com%2Fplain").doesNotContain("/r/");
    assertThat(t.rows().count("tracked_links")).isZero();
  }

  /** Alice joins, an item is added, the digest goes out: the short-link tokens in it. */
  private List<String> digestTokens(String url, String title) {
    String blocks = digestBlocks(url, title);
    Set<String> tokens = LinkVisits.tokensIn(blocks);
    assertThat(tokens).hasSize(t.rows().count("tracked_links"));
    return new ArrayList<>(tokens);
  }

  private String digestBlocks(String url, String title) {
    t.slack.user("UALICE", "Alice", "Europe/Copenhagen", "en-US");
    t.say("UALICE", "join");
    t.addContent(title, url);
    assertThat(t.say(SlackTestApp.ADMIN, "digest now")).contains("to 1 member");
    List<FakeSlack.Call> posts = t.slack.postsTo("UALICE");
    return posts.get(posts.size() - 1).json("blocks").toString();
  }

  private long clicks(String token) {
    return counted(t, "clicks", token);
  }

  private long uniqueClicks(String token) {
    return counted(t, "unique_clicks", token);
  }

  private long totalClicks() {
    return t.db
        .jdbi()
        .withHandle(
            h ->
                h.select("SELECT COALESCE(SUM(clicks), 0) FROM link_clicks")
                    .mapTo(Long.class)
                    .one());
  }
}
