package dev.sharewell.teams;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text for Adaptive Card text blocks, which Teams reads as a Markdown subset. Sharewell's text is
 * plain, so every character that could start markup (bold, italics, links, lists, headings, code)
 * is escaped: what a person typed can never become a link or formatting in what others see.
 */
final class TeamsMarkdown {
  private static final String SPECIAL = "\\`*_[]<>~";
  private static final Pattern LIST_OR_HEADING =
      Pattern.compile("^(\\s*)(\\d+)\\.(\\s|$)|^(\\s*)([-+#])");

  private TeamsMarkdown() {}

  /** One line of plain text, escaped. */
  static String escape(String line) {
    StringBuilder out = new StringBuilder(line.length() + 8);
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (SPECIAL.indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return escapeLineStart(out.toString());
  }

  /** "1. x", "- x", "+ x", "# x" at the start of a line would become a list or a heading. */
  private static String escapeLineStart(String line) {
    var matcher = LIST_OR_HEADING.matcher(line);
    if (!matcher.find()) {
      return line;
    }
    if (matcher.group(2) != null) {
      return matcher.group(1) + matcher.group(2) + "\\." + line.substring(matcher.end(2) + 1);
    }
    return matcher.group(4) + "\\" + line.substring(matcher.group(4).length());
  }

  /** A link whose text is escaped; a url that is not http(s) gives the text alone. */
  static String link(String text, String url) {
    String scheme = url.contains(":") ? url.substring(0, url.indexOf(':')) : "";
    String lower = scheme.toLowerCase(Locale.ROOT);
    if (!lower.equals("http") && !lower.equals("https")) {
      return escape(text);
    }
    String safeUrl =
        url.replace(" ", "%20")
            .replace("(", "%28")
            .replace(")", "%29")
            .replace("<", "%3C")
            .replace(">", "%3E");
    return "[" + escape(text) + "](" + safeUrl + ")";
  }
}
