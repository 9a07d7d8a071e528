package dev.sharewell.links;

import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Follows a short link: where {@code /r/{token}} leads (the item's url, with UTM parameters unless
 * they are off), counting the visit when a person made it. HEAD requests and robots (link
 * previewers, crawlers) are led there too but not counted. An archived item's link still leads to
 * it: the post that carries the link stays online.
 */
public final class Redirects {
  private final Jdbi jdbi;
  private final LinkSettings settings;
  private final Robots robots;
  private final ClickCounter clicks;

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
