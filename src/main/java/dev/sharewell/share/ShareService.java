package dev.sharewell.share;

import dev.sharewell.common.FieldError;
import dev.sharewell.common.InvalidInputException;
import dev.sharewell.common.Message;
import dev.sharewell.common.NotAllowedException;
import dev.sharewell.common.NotFoundException;
import dev.sharewell.content.ContentItem;
import dev.sharewell.content.ContentService;
import dev.sharewell.leaderboard.Totals;
import dev.sharewell.member.Member;
import dev.sharewell.member.Network;
import dev.sharewell.personalise.Originality;
import dev.sharewell.store.Columns;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Self-reported shares and the points they earn. One member, one item, one network earns once:
 * reporting again is recorded but earns nothing more.
 */
public final class ShareService {
  static final int TEXT_MAX = Columns.LONG_TEXT;
  static final int URL_MAX = Columns.URL;

  private final Jdbi jdbi;
  private final Clock clock;
  private final ContentService content;
  private final PointsRules rules;
  private final Totals totals;
  private final Originality originality;

  public ShareService(
      Jdbi jdbi,
      Clock clock,
      ContentService content,
      PointsRules rules,
      Totals totals,
      Originality originality) {
    this.jdbi = jdbi;
    this.clock = clock;
    this.content = content;
    this.rules = rules;
    this.totals = totals;
    this.originality = originality;
  }

  /**
   * Records a share the member reports.
   *
   * @throws NotAllowedException when the member has not joined
   * @throws NotFoundException when the item does not exist
   * @throws InvalidInputException naming the field at fault
   */
  public RecordedShare record(Member member, ShareReport report) {
    if (!member.isOptedIn()) {
      throw new NotAllowedException(Message.of("error.not_joined"));
    }
    ContentItem item = content.get(report.contentId());
    List<FieldError> errors = new ArrayList<>();
    Optional<Network> network = Network.fromKey(report.network());
    if (network.isEmpty()) {
      errors.add(new FieldError(ShareReport.NETWORK, Message.of("error.share.network")));
    }
    Optional<String> text =
        Optional.ofNullable(report.text()).map(String::strip).filter(t -> !t.isEmpty());
    if (text.filter(t -> t.length() > TEXT_MAX).isPresent()) {
      errors.add(new FieldError(ShareReport.TEXT, Message.of("error.share.text_long", TEXT_MAX)));
    }
    Optional<String> postUrl =
        Optional.ofNullable(report.postUrl()).map(String::strip).filter(u -> !u.isEmpty());
    if (postUrl.filter(u -> !isWebUrl(u)).isPresent()) {
      errors.add(new FieldError(ShareReport.POST_URL, Message.of("error.share.post_url")));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    Instant now = clock.instant();
    Originality.Closeness closeness =
        text.map(t -> originality.check(item.id(), item.captions(), member.id(), t)).orElse(null);
    boolean personalised = closeness != null && closeness.personal();
    return jdbi.inTransaction(
        handle -> {
          ShareDao dao = handle.attach(ShareDao.class);
          long id =
              dao.insert(
                  member.id(),
                  member.identity().platform(),
                  member.identity().workspaceId(),
                  report.contentId(),
                  network.get(),
                  text.orElse(null),
                  postUrl.orElse(null),
                  closeness == null ? null : closeness.score(),
                  personalised,
                  now);
          boolean first = dao.claimReward(member.id(), report.contentId(), network.get(), id) == 1;
          int earned = first ? rules.perShare() + (personalised ? rules.personalBonus() : 0) : 0;
          int awarded = 0;
          if (earned > 0) {
            int today = totals.lockToday(handle, member, now);
            awarded = Math.max(0, Math.min(earned, rules.dailyCap() - today));
          }
          if (awarded > 0) {
            dao.award(member.id(), id, awarded, now);
          }
          if (first) {
            totals.add(handle, member, now, awarded, personalised);
          }
          return new RecordedShare(
              dao.find(id).orElseThrow().toShare(),
              awarded,
              awarded < earned,
              first && !personalised ? rules.personalBonus() : 0,
              dao.totalPoints(member.id()));
        });
  }

  /** Every share reported for an item, oldest first. */
  public List<Share> sharesOf(long contentId) {
    return jdbi.withExtension(
        ShareDao.class, dao -> dao.forContent(contentId).stream().map(ShareRow::toShare).toList());
  }

  private static boolean isWebUrl(String url) {
    if (url.length() > URL_MAX) {
      return false;
    }
    try {
      URI uri = new URI(url);
      return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
          && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
