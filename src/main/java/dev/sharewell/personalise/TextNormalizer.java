package dev.sharewell.personalise;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a post into the words that matter when comparing it with another post: lower case, without
 * links, @mentions, e-mail addresses, emoji, symbols and punctuation. Letters of every script (æ,
 * ø, å included) and digits are kept. See docs/personalise.md.
 *
 * <p>Hashtags: a hashtag inside a sentence keeps its word ("we are #hiring" reads as "we are
 * hiring", and "#WeAreHiring" as "we are hiring"), while the block of hashtags that closes a post
 * is dropped: it labels the post rather than saying anything, and adding or removing such a block
 * should not change how close two posts are. A closing block is two or more hashtags, or one that
 * is set apart from the last word by punctuation, an emoji or a line break; a single hashtag right
 * after the last word ("we are hiring in #Aarhus") ends the sentence and keeps its word.
 */
public final class TextNormalizer {
  /** What happens to hashtags; the calibration compares the three on the corpus. */
  enum Hashtags {
    /** Inline hashtags keep their word, a closing block of hashtags is dropped. */
    KEEP_INLINE_DROP_TRAILING,
    /** Every hashtag keeps its word. */
    KEEP_ALL,
    /** Every hashtag is dropped with its word. */
    DROP_ALL
  }

  private static final Pattern URL =
      Pattern.compile(
          "(?:https?://|www\\.)\\S+|\\b[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}/\\S*",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern EMAIL = Pattern.compile("(?<!\\S)[^\\s@]+@[\\p{L}\\p{N}-]+\\.\\S+");
  private static final Pattern MENTION = Pattern.compile("@[\\p{L}\\p{N}_.-]+");
  private static final Pattern HASHTAG = Pattern.compile("#([\\p{L}\\p{N}_]+)");
  // A closing run of hashtags, with anything but letters and digits (emoji, punctuation) between.
  private static final Pattern TRAILING_HASHTAGS =
      Pattern.compile("(?:#[\\p{L}\\p{N}_]+[^\\p{L}\\p{N}#]*)+$");
  private static final Pattern WORD_THEN_SPACES = Pattern.compile("[\\p{L}\\p{N}][ \\t]*$");
  private static final Pattern CAMEL_HUMP = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})");

  private static final TextNormalizer STANDARD =
      new TextNormalizer(Hashtags.KEEP_INLINE_DROP_TRAILING);

  private final Hashtags hashtags;

  TextNormalizer(Hashtags hashtags) {
    this.hashtags = hashtags;
  }

  /** The normaliser the near-duplicate rule uses. */
  public static TextNormalizer standard() {
    return STANDARD;
  }

  /** The words of {@code text} after normalisation, in order; empty for a blank or null text. */
  public List<String> words(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    // NFKC folds compatibility forms, such as the "bold" letters people paste into LinkedIn posts,
    // into plain letters, and composes a + ring into å.
    String cleaned = Normalizer.normalize(text, Normalizer.Form.NFKC);
    // Each pattern runs only when its marker is there: most posts have no link, mention or
    // hashtag, and a regex scan costs more than the rest of normalising.
    if (cleaned.indexOf('/') >= 0 || cleaned.toLowerCase(Locale.ROOT).contains("www.")) {
      cleaned = URL.matcher(cleaned).replaceAll(" ");
    }
    if (cleaned.indexOf('@') >= 0) {
      cleaned = EMAIL.matcher(cleaned).replaceAll(" ");
      cleaned = MENTION.matcher(cleaned).replaceAll(" ");
    }
    if (cleaned.indexOf('#') >= 0) {
      cleaned = handleHashtags(cleaned);
    }
    return WordSplitter.split(cleaned.toLowerCase(Locale.ROOT));
  }

  private String handleHashtags(String text) {
    String rest = text;
    if (hashtags == Hashtags.KEEP_INLINE_DROP_TRAILING) {
      rest = withoutClosingBlock(rest.stripTrailing());
    }
    if (hashtags == Hashtags.DROP_ALL) {
      return HASHTAG.matcher(rest).replaceAll(" ");
    }
    Matcher matcher = HASHTAG.matcher(rest);
    StringBuilder out = new StringBuilder(rest.length());
    while (matcher.find()) {
      String words = CAMEL_HUMP.matcher(matcher.group(1)).replaceAll(" ").replace('_', ' ');
      matcher.appendReplacement(out, Matcher.quoteReplacement(words));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  private static String withoutClosingBlock(String text) {
    Matcher block = TRAILING_HASHTAGS.matcher(text);
    if (!block.find()) {
      return text;
    }
    String before = text.substring(0, block.start());
    boolean oneHashtag = block.group().indexOf('#', 1) < 0;
    boolean rightAfterAWord = WORD_THEN_SPACES.matcher(before).find();
    return oneHashtag && rightAfterAWord ? text : before;
  }

  /** Splits cleaned, lower-cased text into words of letters, digits and their combining marks. */
  static final class WordSplitter {
    private WordSplitter() {}

    static List<String> split(String text) {
      List<String> words = new ArrayList<>();
      StringBuilder word = new StringBuilder();
      int i = 0;
      while (i < text.length()) {
        int cp = text.codePointAt(i);
        int next = i + Character.charCount(cp);
        if (Character.isLetterOrDigit(cp)) {
          word.appendCodePoint(cp);
        } else if (isWordMark(cp) && word.length() > 0) {
          word.appendCodePoint(cp);
        } else if (isApostrophe(cp) && word.length() > 0 && letterAt(text, next)) {
          // "we're" and "Sharewell's" stay one word rather than leaving a stray "re" or "s".
        } else if (!isInvisible(cp)) {
          flush(word, words);
        }
        i = next;
      }
      flush(word, words);
      return words;
    }

    private static void flush(StringBuilder word, List<String> words) {
      if (word.length() > 0) {
        words.add(word.toString());
        word.setLength(0);
      }
    }

    private static boolean letterAt(String text, int index) {
      return index < text.length() && Character.isLetter(text.codePointAt(index));
    }

    private static boolean isApostrophe(int cp) {
      return cp == '\'' || cp == '\u2019' || cp == '\u02BC';
    }

    /** Combining marks that belong to a letter (as in many Indic scripts), not to an emoji. */
    private static boolean isWordMark(int cp) {
      int type = Character.getType(cp);
      boolean mark =
          type == Character.NON_SPACING_MARK
              || type == Character.COMBINING_SPACING_MARK
              || type == Character.ENCLOSING_MARK;
      return mark && !isEmojiPart(cp);
    }

    /** Zero-width joiners and emoji selectors glue emoji together; they never split words. */
    private static boolean isInvisible(int cp) {
      return cp == '\u200D' || cp == '\u200C' || cp == '\u00AD' || isEmojiPart(cp);
    }

    private static boolean isEmojiPart(int cp) {
      return (cp >= 0xFE00 && cp <= 0xFE0F) // variation selectors
          || cp == 0x20E3 // combining enclosing keycap
          || (cp >= 0xE0020 && cp <= 0xE007F) // tag characters of flag emoji
          || (cp >= 0xE0100 && cp <= 0xE01EF); // variation selectors supplement
    }
  }
}
