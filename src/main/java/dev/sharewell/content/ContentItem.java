package dev.sharewell.content;

import dev.sharewell.common.Language;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Something to share, with its suggested captions in the order comms gave them. */
public record ContentItem(
    long id,
    String title,
    String url,
    Optional<String> summary,
    ContentKind kind,
    List<String> tags,
    Language language,
    Instant liveFrom,
    Instant liveUntil,
    ContentStatus status,
    List<String> captions,
    Optional<Long> createdBy,
    Instant createdAt) {

  public ContentItem {
    tags = List.copyOf(tags);
    captions = List.copyOf(captions);
  }
}
