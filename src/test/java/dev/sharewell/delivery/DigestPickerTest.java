package dev.sharewell.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sharewell.common.Language;
import dev.sharewell.content.ContentItem;
import dev.sharewell.content.ContentKind;
import dev.sharewell.content.ContentStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DigestPickerTest {
  private static ContentItem item(long id, ContentKind kind, Language language, int hoursOld) {
    Instant added = Instant.parse("2026-11-23T08:00:00Z").minusSeconds(hoursOld * 3600L);
    return new ContentItem(
        id,
        "t" + id,
        "https://e.com/" + id,
        Optional.empty(),
        kind,
        List.of(),
        language,
        added,
        added.plusSeconds(86400 * 14),
        ContentStatus.LIVE,
        List.of(),
        Optional.empty(),
        added);
  }

  @Test
  void at_most_the_cap_preferring_the_members_language_then_newer_items() {
    List<ContentItem> live =
        List.of(
            item(1, ContentKind.NEWS, Language.EN, 1),
            item(2, ContentKind.NEWS, Language.DA, 5),
            item(3, ContentKind.BLOG, Language.DA, 2),
            item(4, ContentKind.EVENT, Language.EN, 3));

    assertThat(DigestPicker.pick(live, Set.of(), Set.of(), Language.DA, 3))
        .extracting(ContentItem::id)
        .containsExactly(3L, 2L, 1L);
    assertThat(DigestPicker.pick(live, Set.of(), Set.of(), Language.EN, 2))
        .extracting(ContentItem::id)
        .containsExactly(1L, 4L);
  }

  @Test
  void items_sent_before_or_dismissed_are_left_out() {
    List<ContentItem> live =
        List.of(
            item(1, ContentKind.NEWS, Language.EN, 1),
            item(2, ContentKind.NEWS, Language.EN, 2),
            item(3, ContentKind.NEWS, Language.EN, 3));
    assertThat(DigestPicker.pick(live, Set.of(1L), Set.of(3L), Language.EN, 3))
        .extracting(ContentItem::id)
        .containsExactly(2L);
  }

  @Test
  void at_most_one_job_opening() {
    List<ContentItem> live =
        List.of(
            item(1, ContentKind.JOB, Language.EN, 1),
            item(2, ContentKind.JOB, Language.EN, 2),
            item(3, ContentKind.NEWS, Language.EN, 3));
    assertThat(DigestPicker.pick(live, Set.of(), Set.of(), Language.EN, 3))
        .extracting(ContentItem::id)
        .containsExactly(1L, 3L);
  }
}
