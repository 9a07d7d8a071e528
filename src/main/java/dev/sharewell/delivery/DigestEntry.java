package dev.sharewell.delivery;

import dev.sharewell.content.ContentItem;
import dev.sharewell.personalise.Prompt;
import java.util.Optional;

/** One item of a member's digest, with the prompt and suggested caption chosen for them. */
public record DigestEntry(ContentItem item, Prompt prompt, Optional<String> caption) {}
