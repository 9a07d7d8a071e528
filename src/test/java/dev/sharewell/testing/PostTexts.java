package dev.sharewell.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Generates employee posts for tests and the near-duplicate benchmark, the same for the same seed:
 * own texts of two to four sentences in English or Danish, near-copies of a suggested caption (a
 * word swapped, a sentence added, emoji, hashtags, a link, a sentence dropped) and short texts.
 */
public final class PostTexts {
  private static final Pattern SLOT = Pattern.compile("\\{([^}]+)}");

  private final Random random;

  public PostTexts(long seed) {
    random = new Random(seed);
  }

  /** An own text of two to four sentences, in Danish one time in three. */
  public String ownText() {
    List<String> templates =
        random.nextInt(3) == 0 ? PostVocabulary.DANISH_TEMPLATES : PostVocabulary.ENGLISH_TEMPLATES;
    int sentences = 2 + random.nextInt(3);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < sentences; i++) {
      text.append(i == 0 ? "" : " ").append(fill(pick(templates)));
    }
    return text.toString();
  }

  /** {@code caption} with one or two small edits; most of it is still copied. */
  public String nearCopy(String caption) {
    String text = caption;
    int edits = 1 + random.nextInt(2);
    for (int i = 0; i < edits; i++) {
      text =
          switch (random.nextInt(6)) {
            case 0 -> pick(PostVocabulary.SHORT_ADDITIONS) + " " + text;
            case 1 -> text + " " + pick(PostVocabulary.SHORT_ADDITIONS);
            case 2 -> swapOneWord(text);
            case 3 -> text + " " + pick(PostVocabulary.EMOJI) + " " + pick(PostVocabulary.HASHTAGS);
            case 4 -> text + " https://nordlys.dk/news/" + random.nextInt(1000);
            default -> text.toUpperCase(java.util.Locale.ROOT);
          };
    }
    return text;
  }

  /** A text of one to four words, too short to judge. */
  public String shortText() {
    List<String> words = Arrays.asList("Great", "news", "from", "the", "team", "today");
    return String.join(" ", words.subList(0, 1 + random.nextInt(4)))
        + " "
        + pick(PostVocabulary.EMOJI);
  }

  /** One of {@code options}, uniformly. */
  public <T> T pick(List<T> options) {
    return options.get(random.nextInt(options.size()));
  }

  public Random random() {
    return random;
  }

  private String swapOneWord(String text) {
    List<String> words = new ArrayList<>(Arrays.asList(text.split(" ")));
    int at = random.nextInt(words.size());
    words.set(at, pick(PostVocabulary.WORDS.get("team")));
    return String.join(" ", words);
  }

  private String fill(String template) {
    Matcher slot = SLOT.matcher(template);
    StringBuilder out = new StringBuilder();
    while (slot.find()) {
      slot.appendReplacement(
          out, Matcher.quoteReplacement(pick(PostVocabulary.WORDS.get(slot.group(1)))));
    }
    slot.appendTail(out);
    return out.toString();
  }
}
