package dev.sharewell.links;

import dev.sharewell.content.ContentItem;
import dev.sharewell.member.Member;
import dev.sharewell.member.Network;
import java.time.Clock;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Makes the short links a member shares: one token per item, member and source, made the first time
 * their digest holds the item and the same ever after (a retried digest gets the same links).
 */
public final class TrackedLinks {
  /** The path the short links are served under; the token follows it. */
  public static final String PATH = "/r/";

  private final Jdbi jdbi;
  private final Clock clock;
  private final LinkSettings settings;

  public TrackedLinks(Jdbi jdbi, Clock clock, LinkSettings settings) {
    this.jdbi = jdbi;
    this.clock = clock;
    this.settings = settings;
  }

  /** The member's links to the item: its page and a share link for each network they use. */
  public ItemLinks forMember(Member member, ContentItem item) {
    if (settings.baseUrl().isEmpty()) {
      return ItemLinks.untracked(item.url());
    }
    return jdbi.inTransaction(handle -> forMember(handle, member, item));
  }

  /** As {@link #forMember(Member, ContentItem)}, within the caller's transaction. */
  public ItemLinks forMember(Handle handle, Member member, ContentItem item) {
    Set<LinkSource> sources = EnumSet.noneOf(LinkSource.class);
    for (Network network : Network.values()) {
      if (member.preferences().uses(network)) {
        LinkSource.of(network).ifPresent(sources::add);
      }
    }
    return forMember(handle, member.id(), item.id(), item.url(), sources);
  }

  /** Whether links are tracked at all (a base url is known). */
  public boolean enabled() {
    return settings.baseUrl().isPresent();
  }

  /**
   * The links {@code memberId} shares of the item at {@code url}: for the item's own link and for
   * each of {@code networks}, within the caller's transaction on {@code handle}. Untracked links
   * when no base url is set.
   */
  public ItemLinks forMember(
      Handle handle, long memberId, long contentId, String url, Set<LinkSource> networks) {
    if (settings.baseUrl().isEmpty()) {
      return ItemLinks.untracked(url);
    }
    LinksDao dao = handle.attach(LinksDao.class);
    String page = link(token(dao, memberId, contentId, LinkSource.PAGE));
    Map<LinkSource, String> shared = new EnumMap<>(LinkSource.class);
    for (LinkSource source : networks) {
      if (source != LinkSource.PAGE) {
        shared.put(source, link(token(dao, memberId, contentId, source)));
      }
    }
    return new ItemLinks(page, shared);
  }

  private String token(LinksDao dao, long memberId, long contentId, LinkSource source) {
    return dao.tokenOf(contentId, memberId, source.name())
        .orElseGet(
            () -> {
              dao.insert(Tokens.next(), contentId, memberId, source.name(), clock.instant());
              // Ours, or the one a concurrent digest of the same member added first.
              return dao.tokenOf(contentId, memberId, source.name()).orElseThrow();
            });
  }

  private String link(String token) {
    return settings.baseUrl().orElseThrow() + PATH + token;
  }
}
