package dev.sharewell.links;

import static dev.sharewell.links.LinkVisits.BROWSER;
import static dev.sharewell.links.LinkVisits.LINKEDIN_BOT;
import static dev.sharewell.links.LinkVisits.counted;
import static dev.sharewell.links.LinkVisits.follow;
import static dev.sharewell.links.LinkVisits.tokenFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sharewell.testing.DbEngine;
import dev.sharewell.testing.FakeConnector;
import dev.sharewell.testing.Http;
import dev.sharewell.testing.Poll;
import dev.sharewell.testing.TeamsActivities;
import dev.sharewell.testing.TeamsTestApp;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same short links on Teams: the digest card sent through the Bot Connector carries them, and
 * following one from a browser counts while a previewer does not.
 */
@ParameterizedClass
@MethodSource("dev.sharewell.testing.DbEngine#available")
class TeamsTrackedLinksTest {
  private static final String ALICE = "29:alice";

  @Parameter DbEngine engine;

  @RegisterExtension
  final TeamsTestApp t =
      TeamsTestApp.extension()
          .on(() -> engine)
          .withEnv("SHAREWELL_PUBLIC_URL", "http://localhost:1")
          .withEnv("SHAREWELL_LINK_BASE_URL", LinkVisits.BASE)
          .startedByTest();

  @Test
  void the_digest_card_carries_short_links_that_count_people_and_not_previewers() {
    t.start();
    t.teams.say(ALICE, "join");
    t.addContent("Teams launch", "https://example.com/teams?x=1");
    assertThat(t.say(TeamsTestApp.ADMIN, "digest now")).contains("to 1 member");

    FakeConnector.Call digest = t.connector.last(TeamsActivities.chatOf(ALICE));
    Set<String> tokens = LinkVisits.tokensIn(digest.body().toString());
    assertThat(tokens).isNotEmpty().hasSize((int) t.rows().count("tracked_links"));
    String linkedin = tokenFor(t, "LINKEDIN");
    assertThat(tokens).contains(linkedin);

    Http.Response person = follow(t, "GET", linkedin, BROWSER, Map.of());
    assertThat(person.status()).isEqualTo(302);
    assertThat(person.header("Location"))
        .isEqualTo(
            "https://example.com/teams?x=1&utm_source=linkedin&utm_medium=employee_advocacy"
                + "&utm_campaign=teams-launch");
    String teamsPreviewer =
        "Mozilla/5.0 (Windows NT 6.1; WOW64) SkypeUriPreview Preview/0.5"
            + " skype-url-preview@microsoft.com";
    assertThat(follow(t, "GET", linkedin, teamsPreviewer, Map.of()).status()).isEqualTo(302);
    assertThat(follow(t, "GET", linkedin, LINKEDIN_BOT, Map.of()).status()).isEqualTo(302);

    Poll.until(
        Duration.ofSeconds(10), "the click written", () -> counted(t, "clicks", linkedin) == 1);
    assertThat(counted(t, "unique_clicks", linkedin)).isEqualTo(1);
  }
}
