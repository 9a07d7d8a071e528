package dev.sharewell.delivery;

import dev.sharewell.common.Language;
import dev.sharewell.content.ContentItem;
import dev.sharewell.content.ContentKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Picks the items of one member's digest: live items they were not sent before and did not dismiss,
 * in their language first, newer first, at most one job opening. Pure: no clock, no IO.
 */
public final class DigestPicker {
  private DigestPicker() {}

  public static List<ContentItem> pick(
      List<ContentItem> live,
      Set<Long> alreadySent,
      Set<Long> dismissed,
      Language language,
      int maxItems) {
    List<ContentItem> candidates =
        live.stream()
            .filter(item -> !alreadySent.contains(item.id()) && !dismissed.contains(item.id()))
            .sorted(
                Comparator.comparing((ContentItem item) -> item.language() != language)
                    .thenComparing(ContentItem::liveFrom, Comparator.reverseOrder())
                    .thenComparing(ContentItem::id, Comparator.reverseOrder()))
            .toList();
    List<ContentItem> picked = new ArrayList<>();
    boolean hasJob = false;
    for (ContentItem item : candidates) {
      if (picked.size() == maxItems) {
        break;
      }
      if (item.kind() == ContentKind.JOB) {
        if (hasJob) {
          continue;
        }
        hasJob = true;
      }
      picked.add(item);
    }
    return picked;
  }
}
