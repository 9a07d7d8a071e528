package dev.sharewell.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shipped robot list knows the previewers that open Sharewell's links, and no browser. */
class RobotsTest {
  private static final Robots ROBOTS = Robots.shipped();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "LinkedInBot/1.0 (compatible; Mozilla/5.0; Apache-HttpClient +http://www.linkedin.com)",
        "Twitterbot/1.0",
        "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
        "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
        "Slackbot 1.0 (+https://api.slack.com/robots)",
        "Mozilla/5.0 (Windows NT 6.1; WOW64) SkypeUriPreview Preview/0.5"
            + " skype-url-preview@microsoft.com",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko)"
            + " Chrome/51.0.2704.79 Safari/537.36 Edge/14.14393 MicrosoftPreview/2.0"
            + " +https://aka.ms/MicrosoftPreview",
        "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
        "WhatsApp/2.23.20.0",
        "TelegramBot (like TwitterBot)",
        "Mozilla/5.0 (compatible; Discordbot/2.0; +https://discordapp.com)",
        "curl/8.4.0",
        "python-requests/2.31.0",
        "",
      })
  void previewers_crawlers_and_scripts_are_robots(String userAgent) {
    assertThat(ROBOTS.isRobot(userAgent)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko)"
            + " Chrome/120.0.0.0 Safari/537.36",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko)"
            + " Chrome/120.0.0.0 Safari/537.36 Edg/120.0.0.0",
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15"
            + " (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1",
        "Mozilla/5.0 (X11; Linux x86_64; rv:120.0) Gecko/20100101 Firefox/120.0",
        "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko)"
            + " Chrome/120.0.0.0 Mobile Safari/537.36",
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_1) AppleWebKit/605.1.15 (KHTML, like Gecko)"
            + " Version/17.1 Safari/605.1.15",
      })
  void browsers_are_people(String userAgent) {
    assertThat(ROBOTS.isRobot(userAgent)).isFalse();
  }

  @Test
  void no_user_agent_is_a_robot_and_the_list_is_the_shipped_one() {
    assertThat(ROBOTS.isRobot(null)).isTrue();
    assertThat(ROBOTS.size()).isGreaterThan(1_000);
  }

  @Test
  void plain_words_and_expressions_both_match() {
    Robots robots = new Robots(List.of("Some\\-Bot\\/", "^Start", "[wW]get", "ab"));
    assertThat(Robots.literal("Some\\-Bot\\/")).isEqualTo("Some-Bot/");
    assertThat(Robots.literal("[wW]get")).isNull();
    assertThat(robots.isRobot("x Some-Bot/1")).isTrue();
    assertThat(robots.isRobot("Start me")).isTrue();
    assertThat(robots.isRobot("me Start")).isFalse();
    assertThat(robots.isRobot("Wget/1.0")).isTrue();
    assertThat(robots.isRobot("cab")).isTrue();
    assertThat(robots.isRobot("Mozilla/5.0")).isFalse();
  }
}
