package dev.sharewell.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Generates employee posts for tests and the near-duplicate benchmark, the same for the same seed:
 * own texts in English or Danish, near-copies of a suggested caption (a word swapped, a sentence
 * added, emoji, hashtags, a link, a sentence dropped) and short texts.
 */
public final class PostTexts {
  private static final Pattern SLOT = Pattern.compile("\\{([^}]+)}");

  private final Random random;

  public PostTexts(long seed) {
    random = new Random(seed);
  }

  /**
   * An own text, in Danish one time in three: one sentence from a template (the shape many posts
   * share) and two to four free sentences of words drawn by frequency, so common words and word
   * pairs recur across texts the way they do in real posts, and most word pairs do not.
   */
  public String ownText() {
    boolean danish = random.nextInt(3) == 0;
    List<String> templates =
        danish ? PostVocabulary.DANISH_TEMPLATES : PostVocabulary.ENGLISH_TEMPLATES;
    List<String> words = danish ? PostVocabulary.DANISH_WORDS : PostVocabulary.ENGLISH_WORDS;
    StringBuilder text = new StringBuilder(fill(pick(templates)));
    int sentences = 2 + random.nextInt(3);
    for (int i = 0; i < sentences; i++) {
      text.append(' ').append(freeSentence(words));
    }
    return text.toString();
  }

  private String freeSentence(List<String> words) {
    int length = 5 + random.nextInt(10);
    StringBuilder sentence = new StringBuilder();
    for (int i = 0; i < length; i++) {
      String word = words.get(zipfRank(words.size()));
      sentence.append(i == 0 ? capitalised(word) : " " + word);
    }
    return sentence.append(random.nextInt(4) == 0 ? "!" : ".").toString();
  }

  /**
   * A rank in [0, n) with probability proportional to 1 / (rank + 10): Zipf-Mandelbrot, whose
   * flatter head keeps free sentences from being runs of "the" and "og".
   */
  private int zipfRank(int n) {
    double total = 0;
    for (int rank = 0; rank < n; rank++) {
      total += 1.0 / (rank + 10);
    }
    double target = random.nextDouble() * total;
    double sum = 0;
    for (int rank = 0; rank < n; rank++) {
      sum += 1.0 / (rank + 10);
      if (sum >= target) {
        return rank;
      }
    }
    return n - 1;
  }

  private static String capitalised(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
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
            default -> text.toUpperCase(Locale.ROOT);
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
