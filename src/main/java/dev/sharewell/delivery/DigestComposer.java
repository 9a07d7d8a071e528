package dev.sharewell.delivery;

import dev.sharewell.content.ContentItem;
import dev.sharewell.content.ContentService;
import dev.sharewell.links.TrackedLinks;
import dev.sharewell.member.Member;
import dev.sharewell.personalise.Prompt;
import dev.sharewell.personalise.Prompts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Fills one delivery with items: the picks for this member, each with the prompt of its next
 * recipient in the member's language, the next suggested caption, and the member's tracked links
 * for it. A retried delivery keeps the items, prompts, captions and links it was given the first
 * time.
 */
public final class DigestComposer {
  /** Live items are read at most this often: a push of thousands reads the same few items. */
  private static final Duration LIVE_CACHE = Duration.ofSeconds(5);

  private final Jdbi jdbi;
  private final Clock clock;
  private final ContentService content;
  private final Prompts prompts;
  private final TrackedLinks links;
  private final int maxItems;
  private List<ContentItem> live;
  private Instant liveReadAt = Instant.EPOCH;
  private long liveVersion;

  public DigestComposer(
      Jdbi jdbi,
      Clock clock,
      ContentService content,
      Prompts prompts,
      TrackedLinks links,
      int maxItems) {
    this.jdbi = jdbi;
    this.clock = clock;
    this.content = content;
    this.prompts = prompts;
    this.links = links;
    this.maxItems = maxItems;
  }

  List<DigestEntry> compose(Member member, long deliveryId) {
    List<ContentItem> liveNow = liveItems();
    return jdbi.inTransaction(
        handle -> {
          OutboxDao dao = handle.attach(OutboxDao.class);
          List<OutboxDao.ItemRow> existing = dao.itemsOf(deliveryId);
          if (!existing.isEmpty()) {
            return reuse(handle, member, existing);
          }
          List<ContentItem> picked =
              DigestPicker.pick(
                  liveNow,
                  dao.excludedContentIds(member.id(), deliveryId),
                  Set.of(),
                  member.language(),
                  maxItems);
          List<DigestEntry> entries = new ArrayList<>();
          for (ContentItem item : picked) {
            Prompt prompt = prompts.assign(handle, item.id(), member.language());
            dao.countRecipient(item.id());
            Optional<Integer> caption =
                Prompts.captionPosition(dao.recipients(item.id()) - 1, item.captions());
            dao.addItem(deliveryId, item.id(), entries.size(), prompt.id(), caption.orElse(null));
            entries.add(
                new DigestEntry(
                    item,
                    prompt,
                    caption.map(item.captions()::get),
                    links.forMember(handle, member, item)));
          }
          return entries;
        });
  }

  /** The entries a delivery was given before, for a retry. */
  private List<DigestEntry> reuse(Handle handle, Member member, List<OutboxDao.ItemRow> rows) {
    Map<Long, ContentItem> items =
        content.getAll(rows.stream().map(OutboxDao.ItemRow::contentId).toList()).stream()
            .collect(Collectors.toMap(ContentItem::id, Function.identity()));
    List<DigestEntry> entries = new ArrayList<>();
    for (OutboxDao.ItemRow row : rows) {
      ContentItem item = items.get(row.contentId());
      Optional<Prompt> prompt = Optional.ofNullable(row.promptId()).flatMap(prompts::find);
      if (item != null && prompt.isPresent()) {
        entries.add(
            new DigestEntry(
                item,
                prompt.get(),
                captionAt(item, row.captionPosition()),
                links.forMember(handle, member, item)));
      }
    }
    return entries;
  }

  static Optional<String> captionAt(ContentItem item, Integer position) {
    return position == null || position >= item.captions().size()
        ? Optional.empty()
        : Optional.of(item.captions().get(position));
  }

  private synchronized List<ContentItem> liveItems() {
    Instant now = clock.instant();
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
}
