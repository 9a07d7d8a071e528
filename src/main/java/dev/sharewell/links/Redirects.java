package dev.sharewell.links;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.Jdbi;

/**
 * Follows a short link: where {@code /r/{token}} leads (the item's url, with UTM parameters unless
 * they are off), counting the visit when a person made it. HEAD requests and robots (link
 * previewers, crawlers) are led there too but not counted. An archived item's link still leads to
 * it: the post that carries the link stays online.
 *
 * <p>Where a token leads never changes (an item's url and title are not edited, and items are not
 * deleted), so known tokens are remembered: a click costs no database read. The memory is emptied
 * when full; unknown tokens are never remembered, so guessing cannot grow it.
 */
public final class Redirects {
  private static final int REMEMBERED = 50_000;

  private final Jdbi jdbi;
  private final LinkSettings settings;
  private final Robots robots;
  private final ClickCounter clicks;
  private final Map<String, LinksDao.Target> known = new ConcurrentHashMap<>();

  public Redirects(Jdbi jdbi, LinkSettings settings, Robots robots, ClickCounter clicks) {
    this.jdbi = jdbi;
    this.settings = settings;
    this.robots = robots;
    this.clicks = clicks;
  }

  /** Where {@code token} leads, or empty when there is no such link. */
  public Optional<String> follow(String token, Visit visit) {
    if (!Tokens.wellFormed(token)) {
      return Optional.empty();
    }
    Optional<LinksDao.Target> target = jdbi.withExtension(LinksDao.class, dao -> dao.target(token));
    target.ifPresent(
        t -> {
          if (!visit.head() && !robots.isRobot(visit.userAgent())) {
            clicks.record(t.linkId(), visit.address(), visit.userAgent());
          }
        });
    return target.map(this::location);
  }

  private void remember(String token, LinksDao.Target target) {
    if (known.size() >= REMEMBERED) {
      known.clear();
    }
    known.put(token, target);
  }

  private String location(LinksDao.Target target) {
    if (!settings.utm()) {
      return target.url();
    }
    return Utm.tag(
        target.url(),
        LinkSource.valueOf(target.network()).utmSource(),
        settings.utmMedium(),
        Utm.slug(target.title(), target.contentId()));
  }
}
