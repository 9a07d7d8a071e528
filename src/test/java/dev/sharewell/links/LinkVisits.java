package dev.sharewell.links;

import dev.sharewell.testing.Http;
import dev.sharewell.testing.TestApp;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Following short links as a browser or a robot would, and reading what was counted. */
final class LinkVisits {
  static final String BASE = "https://go.example.org";
  static final String BROWSER =
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko)"
          + " Chrome/120.0.0.0 Safari/537.36";
  static final String LINKEDIN_BOT =
      "LinkedInBot/1.0 (compatible; Mozilla/5.0; Apache-HttpClient +http://www.linkedin.com)";

  /** A short link under {@link #BASE}, as written in a message, url-encoded inside a share link. */
  private static final Pattern SHORT_LINK =
      Pattern.compile("go\\.example\\.org(?:/|%2F)r(?:/|%2F)([A-Za-z0-9_-]{22})");

  private LinkVisits() {}

  /** The distinct tokens of the short links in {@code text}, in order. */
  static Set<String> tokensIn(String text) {
    Set<String> tokens = new LinkedHashSet<>();
    Matcher matcher = SHORT_LINK.matcher(text);
    while (matcher.find()) {
      tokens.add(matcher.group(1));
    }
    return tokens;
  }

  static Http.Response follow(
      TestApp<?> t, String method, String token, String userAgent, Map<String, String> headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + t.app.port() + "/r/" + token))
            .method(method, HttpRequest.BodyPublishers.noBody())
            .header("User-Agent", userAgent);
    headers.forEach(request::header);
    return t.http.send(request);
  }

  /** The token of the one link of {@code network}. */
  static String tokenFor(TestApp<?> t, String network) {
    return t.db
        .jdbi()
        .withHandle(
            h ->
                h.select("SELECT token FROM tracked_links WHERE network = ?", network)
                    .mapTo(String.class)
                    .one());
  }

  /** The sum of {@code column} (clicks or unique_clicks) over the days of one link. */
  static long counted(TestApp<?> t, String column, String token) {
    return t.db
        .jdbi()
        .withHandle(
            h ->
                h.select(
                        "SELECT COALESCE(SUM(k."
                            + column
                            + "), 0) FROM link_clicks k JOIN tracked_links l ON l.id = k.link_id"
                            + " WHERE l.token = ?",
                        token)
                    .mapTo(Long.class)
                    .one());
  }
}
