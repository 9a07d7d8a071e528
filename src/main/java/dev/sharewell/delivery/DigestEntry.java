package dev.sharewell.delivery;

import dev.sharewell.content.ContentItem;
import java.util.Optional;

/** One item of a member's digest, with the prompt and suggested caption chosen for them. */
public record DigestEntry(ContentItem item, String promptKey, Optional<String> caption) {}
