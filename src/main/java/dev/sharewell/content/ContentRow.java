package dev.sharewell.content;

import java.time.Instant;

/** One row of {@code content_items}. */
record ContentRow(
    long id,
    String title,
    String url,
    String summary,
    ContentKind kind,
    String language,
    Instant liveFrom,
    Instant liveUntil,
    ContentStatus status,
    Long createdBy,
    Instant createdAt) {}
