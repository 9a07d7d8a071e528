package dev.sharewell.links;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Tells robots (link previewers, crawlers, scripts) from people by their user agent, with the list
 * of the npm package crawler-user-agents ({@code links/robots.txt}, refreshed by {@code
 * scripts/update-robots}). No user agent at all counts as a robot: every browser sends one.
 *
 * <p>Most entries are plain words; they are found by a scan of the user agent that looks only at
 * entries starting with the same three characters. The few real expressions are joined into one.
 * Verdicts are remembered for the user agents seen most (people's browsers repeat), so a click
 * costs a map lookup; the memory is emptied when full, so made-up user agents cannot grow it.
 */
public final class Robots {
  static final String RESOURCE = "/links/robots.txt";
  private static final int PREFIX = 3;
  private static final int REMEMBERED = 10_000;
  private static final int LONGEST_USER_AGENT = 1_000;

  private final Map<String, List<String>> wordsByPrefix = new HashMap<>();
  private final List<String> shortWords = new ArrayList<>();
  private final Pattern expressions;
  private final Map<String, Boolean> verdicts = new ConcurrentHashMap<>();
  private final int size;

  Robots(List<String> patterns) {
    List<String> regexes = new ArrayList<>();
    for (String pattern : patterns) {
      String word = literal(pattern);
      if (word == null) {
        regexes.add("(?:" + pattern + ")");
      } else if (word.length() < PREFIX) {
        shortWords.add(word);
      } else {
        wordsByPrefix.computeIfAbsent(word.substring(0, PREFIX), k -> new ArrayList<>()).add(word);
      }
    }
    this.expressions = regexes.isEmpty() ? null : Pattern.compile(String.join("|", regexes));
    this.size = patterns.size();
  }

  /** The list shipped with Sharewell. */
  public static Robots shipped() {
    try (InputStream in = Robots.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the build");
      }
      List<String> patterns = new ArrayList<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          patterns.add(line);
        }
      }
      return new Robots(patterns);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + RESOURCE, e);
    }
  }

  /** How many entries the list has. */
  public int size() {
    return size;
  }

  /** Whether {@code userAgent} (null: none sent) is a robot's. */
  public boolean isRobot(String userAgent) {
    if (userAgent == null || userAgent.isBlank()) {
      return true;
    }
    String agent =
        userAgent.length() > LONGEST_USER_AGENT
            ? userAgent.substring(0, LONGEST_USER_AGENT)
            : userAgent;
    Boolean known = verdicts.get(agent);
    if (known != null) {
      return known;
    }
    boolean robot = matches(agent);
    if (verdicts.size() >= REMEMBERED) {
      verdicts.clear();
    }
    verdicts.put(agent, robot);
    return robot;
  }

  private boolean matches(String agent) {
    for (int i = 0; i + PREFIX <= agent.length(); i++) {
      List<String> words = wordsByPrefix.get(agent.substring(i, i + PREFIX));
      if (words != null) {
        for (String word : words) {
          if (agent.startsWith(word, i)) {
            return true;
          }
        }
      }
    }
    for (String word : shortWords) {
      if (agent.contains(word)) {
        return true;
      }
    }
    return expressions != null && expressions.matcher(agent).find();
  }

  /**
   * The text {@code pattern} matches when it is plain text (escaped punctuation allowed), or null
   * when it is a real expression.
   */
  static String literal(String pattern) {
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\\') {
        if (i + 1 >= pattern.length() || Character.isLetterOrDigit(pattern.charAt(i + 1))) {
          return null;
        }
        word.append(pattern.charAt(++i));
      } else if (".[]()*+?{}|^$".indexOf(c) >= 0) {
        return null;
      } else {
        word.append(c);
      }
    }
    return word.length() == 0 ? null : word.toString();
  }
}
