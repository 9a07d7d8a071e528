package dev.sharewell.links;

import dev.sharewell.member.Network;
import java.util.Map;

/**
 * The links one member shares of one item: the item's own link (to copy) and the link each share
 * dialog is given. Untracked, all are the item's url.
 */
public record ItemLinks(String page, Map<LinkSource, String> shared) {
  public ItemLinks {
    shared = Map.copyOf(shared);
  }

  public static ItemLinks untracked(String url) {
    return new ItemLinks(url, Map.of());
  }

  /** The link {@code network}'s share dialog is given. */
  public String forNetwork(Network network) {
    return LinkSource.of(network).map(shared::get).orElse(page);
  }
}
