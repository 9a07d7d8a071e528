package dev.sharewell.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sharewell.chat.Action;
import dev.sharewell.member.Network;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Share links stay within what a button may carry, whatever the text and the item's url. */
class ShareLinksTest {
  private static final String URL = "https://example.com/launch";

  private static String xLink(String text) {
    return ShareLinks.forNetwork(Network.X, URL, Optional.of(text)).orElseThrow();
  }

  private static String textOf(String link) {
    String query = link.substring(link.indexOf("text=") + 5, link.indexOf("&url="));
    return URLDecoder.decode(query, StandardCharsets.UTF_8);
  }

  @Test
  void a_text_that_fits_is_carried_whole() {
    assertThat(xLink("I helped build this & it shows"))
        .isEqualTo(
            "https://x.com/intent/post?text=I%20helped%20build%20this%20%26%20it%20shows"
                + "&url=https%3A%2F%2Fexample.com%2Flaunch");
  }

  @Test
  void a_caption_of_three_thousand_characters_of_emoji_is_cut_between_emoji_with_an_ellipsis() {
    String caption = "😀👍🏽".repeat(750);

    String link = xLink(caption);

    assertThat(link.length()).isBetween(Action.Link.URL_MAX - 12, Action.Link.URL_MAX);
    String carried = textOf(link);
    assertThat(carried).endsWith("…").doesNotContain("\uFFFD", "?");
    String kept = carried.substring(0, carried.length() - 1);
    assertThat(caption).startsWith(kept);
    assertThat(Character.isHighSurrogate(kept.charAt(kept.length() - 1))).isFalse();
  }

  @Test
  void a_text_of_spaces_is_measured_as_it_is_encoded() {
    String link = xLink("a ".repeat(3_000));

    assertThat(link.length()).isLessThanOrEqualTo(Action.Link.URL_MAX);
    assertThat(textOf(link)).startsWith("a a a").endsWith("…");
  }

  @Test
  void an_item_url_fits_until_its_longest_share_link_passes_the_limit() {
    // Every "~" is encoded as three characters; Facebook's link is the longest before a text.
    String fitting = fittingUrl();

    assertThat(ShareLinks.fits(fitting)).isTrue();
    for (Network network : new Network[] {Network.LINKEDIN, Network.X, Network.FACEBOOK}) {
      assertThat(ShareLinks.forNetwork(network, fitting, Optional.of("My words")))
          .get()
          .satisfies(link -> assertThat(link.length()).isLessThanOrEqualTo(Action.Link.URL_MAX));
    }
    assertThat(ShareLinks.fits(fitting + "~")).isFalse();
    assertThat(ShareLinks.forNetwork(Network.LINKEDIN, fitting + "~", Optional.empty())).isEmpty();
  }

  private static String fittingUrl() {
    String url = "https://example.com/";
    for (int i = 0; i < Action.Link.URL_MAX && ShareLinks.fits(url + "~"); i++) {
      url += "~";
    }
    return url;
  }
}
