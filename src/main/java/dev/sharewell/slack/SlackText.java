package dev.sharewell.slack;

/**
 * Slack's text rules. User text is escaped so nobody can inject mentions ({@code <!channel>}),
 * links or formatting into what others see; lengths are cut to Slack's limits.
 */
final class SlackText {
  private SlackText() {}

  /** Escapes the three characters Slack's mrkdwn gives meaning to. */
  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /**
   * A link with escaped text; the url may not contain the characters that end a Slack link. Both
   * adapters' link helpers take the text first, then the url.
   */
  static String link(String text, String url) {
    String safeUrl = url.replace("<", "%3C").replace(">", "%3E").replace("|", "%7C");
    return "<" + safeUrl + "|" + escape(text).replace("|", "¦") + ">";
  }

  /** At most {@code max} characters, ending with an ellipsis when cut. */
  static String cut(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    return text.substring(0, max - 1) + "…";
  }
}
