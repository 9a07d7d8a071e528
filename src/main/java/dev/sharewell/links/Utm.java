package dev.sharewell.links;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Adds {@code utm_source}, {@code utm_medium} and {@code utm_campaign} to an item's url, keeping
 * its query and fragment. A parameter the url already has is kept as comms wrote it, never doubled.
 */
final class Utm {
  private static final int SLUG_MAX = 60;

  private Utm() {}

  static String tag(String url, String source, String medium, String campaign) {
    int hash = url.indexOf('#');
    String fragment = hash < 0 ? "" : url.substring(hash);
    String beforeFragment = hash < 0 ? url : url.substring(0, hash);
    int question = beforeFragment.indexOf('?');
    String query = question < 0 ? "" : beforeFragment.substring(question + 1);
    Map<String, String> added = new LinkedHashMap<>();
    added.put("utm_source", source);
    added.put("utm_medium", medium);
    added.put("utm_campaign", campaign);
    for (String pair : query.split("&")) {
      int equals = pair.indexOf('=');
      String name = equals < 0 ? pair : pair.substring(0, equals);
      added.remove(name.toLowerCase(Locale.ROOT));
    }
    if (added.isEmpty()) {
      return url;
    }
    StringBuilder out = new StringBuilder(beforeFragment);
    if (question < 0) {
      out.append('?');
    } else if (!query.isEmpty() && !query.endsWith("&")) {
      out.append('&');
    }
    String separator = "";
    for (Map.Entry<String, String> parameter : added.entrySet()) {
      out.append(separator)
          .append(parameter.getKey())
          .append('=')
          .append(URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8));
      separator = "&";
    }
    return out.append(fragment).toString();
  }

  /**
   * The title as a campaign name: lower case, letters and digits in ASCII (accents dropped, æ as
   * ae, ø as oe), words joined by hyphens, at most {@value #SLUG_MAX} characters; {@code item-{id}}
   * when nothing is left.
   */
  static String slug(String title, long id) {
    String plain =
        Normalizer.normalize(title.toLowerCase(Locale.ROOT), Normalizer.Form.NFKD)
            .replace("æ", "ae")
            .replace("ø", "oe")
            .replace("ß", "ss")
            .replaceAll("\\p{M}+", "");
    StringBuilder slug = new StringBuilder();
    boolean gap = false;
    for (int i = 0; i < plain.length() && slug.length() < SLUG_MAX; i++) {
      char c = plain.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (gap && slug.length() > 0) {
          slug.append('-');
        }
        slug.append(c);
        gap = false;
      } else {
        gap = true;
      }
    }
    String result = slug.length() > SLUG_MAX ? slug.substring(0, SLUG_MAX) : slug.toString();
    if (result.endsWith("-")) {
      result = result.substring(0, result.length() - 1);
    }
    return result.isEmpty() ? "item-" + id : result;
  }
}
