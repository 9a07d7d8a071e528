package dev.sharewell.delivery;

import dev.sharewell.content.ContentItem;
import dev.sharewell.links.ItemLinks;
import dev.sharewell.personalise.Prompt;
import java.util.Optional;

/**
 * One item of a member's digest, with the prompt and suggested caption chosen for them, and the
 * links they share (tracked short links, or the item's url when links are not tracked).
 */
public record DigestEntry(
    ContentItem item, Prompt prompt, Optional<String> caption, ItemLinks links) {}
