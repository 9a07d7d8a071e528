package dev.sharewell.slack;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Slack's check of the request url's certificate: a form with {@code ssl_check=1} (and a {@code
 * token}), sent when a slash command's url is saved and now and then after. Slack wants a 200.
 */
final class SslCheck {
  private SslCheck() {}

  static boolean is(String contentType, String body) {
    if (contentType == null
        || !contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
      return false;
    }
    try {
      for (String pair : body.split("&")) {
        int eq = pair.indexOf('=');
        if (eq > 0 && decode(pair.substring(0, eq)).equals("ssl_check")) {
          return decode(pair.substring(eq + 1)).equals("1");
        }
      }
    } catch (IllegalArgumentException e) {
      // A broken escape: not Slack's check; the payload check refuses it.
    }
    return false;
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }
}
