package dev.sharewell.content;

import dev.sharewell.common.Language;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A content item that passed validation, ready to store. */
record NewContent(
    String title,
    String url,
    Optional<String> summary,
    ContentKind kind,
    List<String> tags,
    Language language,
    List<String> captions,
    Instant liveUntil) {}
