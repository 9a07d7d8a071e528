package dev.sharewell.share;

import dev.sharewell.member.Network;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The web addresses that open each network's share dialog. LinkedIn's and Facebook's take only the
 * link (the text has to be pasted); X's takes the text too. Instagram has no web share dialog.
 */
public final class ShareLinks {
  private ShareLinks() {}

  public static Optional<String> forNetwork(Network network, String url, Optional<String> text) {
    String link = encode(url);
    return switch (network) {
      case LINKEDIN -> Optional.of("https://www.linkedin.com/sharing/share-offsite/?url=" + link);
      case X ->
          Optional.of(
              "https://x.com/intent/post?"
                  + text.filter(t -> !t.isBlank()).map(t -> "text=" + encode(t) + "&").orElse("")
                  + "url="
                  + link);
      case FACEBOOK -> Optional.of("https://www.facebook.com/sharer/sharer.php?u=" + link);
      case INSTAGRAM -> Optional.empty();
    };
  }

  /** Whether the network's share dialog can be prefilled with the member's own text. */
  public static boolean takesText(Network network) {
    return network == Network.X;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
