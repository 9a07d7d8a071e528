package dev.sharewell.personalise;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/**
 * Judges posts with one {@link NearDuplicateIndex} per item, built from its captions and the texts
 * reported for it, and kept in memory so a check costs well under a millisecond
 * (docs/benchmarks.md). Each check first reads the texts reported since the last one, so shares
 * recorded by other instances count too; when texts disappear (a member forgotten, old texts
 * purged) or the captions change, the item's index is built again.
 */
public final class ItemOriginality implements Originality {
  /** Items kept in memory: items live for weeks, so this covers every live item many times over. */
  private static final int ITEMS_KEPT = 200;

  private final Jdbi jdbi;
  private final NearDuplicateRule rule;
  private final Map<Long, ItemTexts> items =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, ItemTexts> eldest) {
          return size() > ITEMS_KEPT;
        }
      };

  public ItemOriginality(Jdbi jdbi) {
    this(jdbi, NearDuplicateRule.standard());
  }

  public ItemOriginality(Jdbi jdbi, NearDuplicateRule rule) {
    this.jdbi = jdbi;
    this.rule = rule;
  }

  @Override
  public Closeness check(long contentId, List<String> captions, long memberId, String text) {
    NearDuplicateVerdict verdict = current(contentId, captions).check(text, memberId);
    return new Closeness(
        verdict.closeness(),
        verdict.tooClose(),
        verdict.tooCloseToSuggested(),
        verdict.tooCloseColleagues(),
        verdict.tooShort());
  }

  /** The item's index, brought up to date with the database. */
  private NearDuplicateIndex current(long contentId, List<String> captions) {
    ItemTexts texts = cached(contentId, captions);
    synchronized (texts) {
      long kept = jdbi.withExtension(TextsDao.class, dao -> dao.countUpTo(contentId, texts.last));
      if (kept != texts.loaded) {
        synchronized (items) {
          items.remove(contentId);
        }
        return current(contentId, captions);
      }
      for (TextsDao.Reported reported :
          jdbi.withExtension(TextsDao.class, dao -> dao.after(contentId, texts.last))) {
        texts.index.addColleague(reported.memberId(), reported.text());
        texts.last = reported.id();
        texts.loaded++;
      }
      return texts.index;
    }
  }

  private ItemTexts cached(long contentId, List<String> captions) {
    synchronized (items) {
      ItemTexts texts = items.get(contentId);
      if (texts == null || !texts.captions.equals(captions)) {
        texts = new ItemTexts(captions, new NearDuplicateIndex(rule));
        captions.forEach(texts.index::addSuggested);
        items.put(contentId, texts);
      }
      return texts;
    }
  }

  /** One item's index and how far into the item's reported texts it has read. */
  private static final class ItemTexts {
    final List<String> captions;
    final NearDuplicateIndex index;
    long last;
    long loaded;

    ItemTexts(List<String> captions, NearDuplicateIndex index) {
      this.captions = List.copyOf(captions);
      this.index = index;
    }
  }
}
