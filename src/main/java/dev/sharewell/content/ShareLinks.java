package dev.sharewell.content;

import dev.sharewell.chat.Action;
import dev.sharewell.member.Network;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The web addresses that open each network's share dialog. LinkedIn's and Facebook's take only the
 * link (the text has to be pasted); X's takes the text too. Instagram has no web share dialog.
 *
 * <p>Every address fits in {@link Action.Link#URL_MAX} characters: the text is shortened to fit, by
 * whole characters (never half of an emoji) and with an ellipsis, and an item whose own url cannot
 * fit is refused when it is added ({@link #fits}).
 */
public final class ShareLinks {
  private static final String ELLIPSIS = encode("…");

  private ShareLinks() {}

  public static Optional<String> forNetwork(Network network, String url, Optional<String> text) {
    String link = encode(url);
    Optional<String> address =
        switch (network) {
          case LINKEDIN ->
              Optional.of("https://www.linkedin.com/sharing/share-offsite/?url=" + link);
          case X -> Optional.of(xIntent(link, text.filter(t -> !t.isBlank())));
          case FACEBOOK -> Optional.of("https://www.facebook.com/sharer/sharer.php?u=" + link);
          case INSTAGRAM -> Optional.empty();
        };
    // Only an item added before this rule could still be too long: no button rather than a
    // message Slack refuses whole.
    return address.filter(a -> a.length() <= Action.Link.URL_MAX);
  }

  /** Whether the share links of {@code url} fit in a link, before any text is added to them. */
  public static boolean fits(String url) {
    for (Network network : Network.values()) {
      if (network != Network.INSTAGRAM && forNetwork(network, url, Optional.empty()).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  private static String xIntent(String link, Optional<String> text) {
    String start = "https://x.com/intent/post?";
    String end = "url=" + link;
    if (text.isEmpty()) {
      return start + end;
    }
    int room = Action.Link.URL_MAX - start.length() - end.length() - "text=&".length();
    return shortened(text.get(), room)
        .map(encoded -> start + "text=" + encoded + "&" + end)
        .orElse(start + end);
  }

  /**
   * {@code text} url-encoded in at most {@code room} characters: whole, or its first characters and
   * an ellipsis; empty when not even one character fits.
   */
  static Optional<String> shortened(String text, int room) {
    String whole = encode(text);
    if (whole.length() <= room) {
      return Optional.of(whole);
    }
    StringBuilder out = new StringBuilder();
    int budget = room - ELLIPSIS.length();
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      String encoded = encode(new String(Character.toChars(codePoint)));
      if (out.length() + encoded.length() > budget) {
        break;
      }
      out.append(encoded);
      i += Character.charCount(codePoint);
    }
    return out.length() == 0 ? Optional.empty() : Optional.of(out + ELLIPSIS);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
