package dev.sharewell.delivery;

import dev.sharewell.content.ContentItem;
import dev.sharewell.content.ContentService;
import dev.sharewell.member.Member;
import dev.sharewell.personalise.Prompts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;

/**
 * Fills one delivery with items: the picks for this member, each with the prompt and caption of its
 * next recipient. A retried delivery keeps the items it was given the first time.
 */
final class DigestComposer {
  private final Jdbi jdbi;
  private final ContentService content;
  private final int maxItems;
  private static final java.time.Duration LIVE_CACHE = java.time.Duration.ofSeconds(5);
  private List<ContentItem> live;
  private java.time.Instant liveReadAt = java.time.Instant.EPOCH;
  private long liveVersion;

  private final java.time.Clock clock;

  DigestComposer(Jdbi jdbi, java.time.Clock clock, ContentService content, int maxItems) {
    this.jdbi = jdbi;
    this.clock = clock;
    this.content = content;
    this.maxItems = maxItems;
  }

  List<DigestEntry> compose(Member member, long deliveryId) {
    List<ContentItem> live = liveItems();
    return jdbi.inTransaction(
        handle -> {
          OutboxDao dao = handle.attach(OutboxDao.class);
          List<OutboxDao.ItemRow> existing = dao.itemsOf(deliveryId);
          if (!existing.isEmpty()) {
            return reuse(existing);
          }
          List<ContentItem> picked =
              DigestPicker.pick(
                  live,
                  dao.excludedContentIds(member.id(), deliveryId),
                  Set.of(),
                  member.language(),
                  maxItems);
          List<DigestEntry> entries = new ArrayList<>();
          for (ContentItem item : picked) {
            dao.countRecipient(item.id());
            int index = dao.recipients(item.id()) - 1;
            String promptKey = Prompts.keyFor(index, item.id());
            dao.addItem(deliveryId, item.id(), entries.size(), promptKey);
            entries.add(new DigestEntry(item, promptKey, Prompts.caption(index, item.captions())));
          }
          return entries;
        });
  }

  /**
   * Live items, read at most once every few seconds: a push of thousands of digests would otherwise
   * read the same few items thousands of times.
   */
  private synchronized List<ContentItem> liveItems() {
    java.time.Instant now = clock.instant();
    if (live == null
        || liveVersion != content.version()
        || !now.isBefore(liveReadAt.plus(LIVE_CACHE))
        || now.isBefore(liveReadAt)) {
      liveVersion = content.version();
      live = content.listLive();
      liveReadAt = now;
    }
    return live;
  }

  private List<DigestEntry> reuse(List<OutboxDao.ItemRow> rows) {
    Map<Long, ContentItem> items =
        content.getAll(rows.stream().map(OutboxDao.ItemRow::contentId).toList()).stream()
            .collect(Collectors.toMap(ContentItem::id, Function.identity()));
    List<DigestEntry> entries = new ArrayList<>();
    for (OutboxDao.ItemRow row : rows) {
      ContentItem item = items.get(row.contentId());
      if (item != null) {
        int index = Prompts.indexOf(row.promptKey(), item.id());
        entries.add(
            new DigestEntry(item, row.promptKey(), Prompts.caption(index, item.captions())));
      }
    }
    return entries;
  }
}
