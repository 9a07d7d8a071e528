package dev.sharewell.personalise;

import dev.sharewell.content.ContentItem;
import dev.sharewell.content.ContentService;
import java.util.List;
import java.util.Locale;
import org.jdbi.v3.core.Jdbi;

/**
 * Judges a post against an item's suggested captions and the texts colleagues reported for it. For
 * now a text counts as copied only when it equals one of them once case, punctuation and spacing
 * are set aside.
 */
public final class ItemOriginality implements Originality {
  private final Jdbi jdbi;
  private final ContentService content;

  public ItemOriginality(Jdbi jdbi, ContentService content) {
    this.jdbi = jdbi;
    this.content = content;
  }

  @Override
  public Closeness check(long contentId, String text) {
    String own = plain(text);
    ContentItem item = content.get(contentId);
    if (item.captions().stream().map(ItemOriginality::plain).anyMatch(own::equals)) {
      return new Closeness(1, true, true, 0);
    }
    List<String> colleagues =
        jdbi.withHandle(
            handle ->
                handle
                    .select(
                        "SELECT text FROM shares WHERE content_id = ? AND text IS NOT NULL",
                        contentId)
                    .mapTo(String.class)
                    .list());
    long same = colleagues.stream().map(ItemOriginality::plain).filter(own::equals).count();
    return same > 0 ? new Closeness(1, true, false, (int) same) : Closeness.ORIGINAL;
  }

  private static String plain(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
