package dev.sharewell.leaderboard;

import dev.sharewell.audit.AuditLog;
import dev.sharewell.chat.ChatDeliveryException;
import dev.sharewell.chat.ChatGateway;
import dev.sharewell.chat.Recipient;
import dev.sharewell.common.Language;
import dev.sharewell.common.Message;
import dev.sharewell.common.NotFoundException;
import dev.sharewell.common.Periods;
import dev.sharewell.common.WeeklyTime;
import dev.sharewell.identity.Platform;
import dev.sharewell.member.Member;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts the week's leaderboard into the channel an admin chose ({@code leaderboard here}), on the
 * schedule, once per week and workspace whichever instance gets there first; or now, on request.
 */
public final class LeaderboardPoster {
  private static final Logger LOG = LoggerFactory.getLogger(LeaderboardPoster.class);
  static final String KIND = "leaderboard";

  private final Jdbi jdbi;
  private final Clock clock;
  private final ZoneId zone;
  private final LeaderboardService leaderboard;
  private final ChatGateway gateway;
  private final WeeklyTime schedule;
  private final Optional<String> slackDefaultChannel;
  private final AuditLog audit;

  public LeaderboardPoster(
      Jdbi jdbi,
      Clock clock,
      ZoneId zone,
      LeaderboardService leaderboard,
      ChatGateway gateway,
      WeeklyTime schedule,
      Optional<String> slackDefaultChannel,
      AuditLog audit) {
    this.jdbi = jdbi;
    this.clock = clock;
    this.zone = zone;
    this.leaderboard = leaderboard;
    this.gateway = gateway;
    this.schedule = schedule;
    this.slackDefaultChannel = slackDefaultChannel;
    this.audit = audit;
  }

  /** Makes {@code channelId} the workspace's leaderboard channel. Only admins may. */
  public void chooseChannel(Member admin, String channelId) {
    admin.requireAdmin();
    String scope = scope(admin.identity().platform(), admin.identity().workspaceId());
    Instant now = clock.instant();
    jdbi.useTransaction(
        handle -> {
          ChannelDao dao = handle.attach(ChannelDao.class);
          dao.set(scope, "leaderboard_channel", channelId, admin.id(), now);
          dao.set(scope, "leaderboard_language", admin.language().code(), admin.id(), now);
          audit.record(handle, admin, "leaderboard.channel", scope, channelId);
        });
  }

  /** Posts this week's leaderboard to the workspace's channel now. Only admins may. */
  public String postNow(Member admin) {
    admin.requireAdmin();
    Platform platform = admin.identity().platform();
    String workspace = admin.identity().workspaceId();
    String channel =
        channelOf(platform, workspace)
            .orElseThrow(() -> new NotFoundException(Message.of("error.leaderboard.no_channel")));
    post(platform, workspace, channel);
    audit.record(admin, "leaderboard.post", scope(platform, workspace), channel);
    return channel;
  }

  /** Posts every workspace's weekly leaderboard whose time has come and which nobody posted yet. */
  public int postDue() {
    Instant now = clock.instant();
    if (now.isBefore(thisWeeksTime(now))) {
      return 0;
    }
    String period = Periods.weekOf(now, zone);
    int posted = 0;
    for (Destination destination : destinations()) {
      String scope = scope(destination.platform(), destination.workspaceId());
      boolean claimed =
          jdbi.withExtension(ChannelDao.class, dao -> dao.claim(KIND, scope, period, now)) == 1;
      if (!claimed) {
        continue;
      }
      try {
        post(destination.platform(), destination.workspaceId(), destination.channel());
        posted++;
      } catch (ChatDeliveryException e) {
        if (e.kind() == ChatDeliveryException.Kind.UNKNOWN) {
          // It may well be in the channel already: a second post would be worse than none.
          LOG.warn(
              "The weekly leaderboard may or may not have been posted ({}); not posted again",
              e.reason());
          continue;
        }
        LOG.warn("The weekly leaderboard could not be posted: {}; retried next tick", e.reason());
        jdbi.useExtension(ChannelDao.class, dao -> dao.unclaim(KIND, scope, period));
      }
    }
    return posted;
  }

  public Optional<String> channelOf(Platform platform, String workspaceId) {
    Optional<String> chosen =
        jdbi.withExtension(
            ChannelDao.class, dao -> dao.get(scope(platform, workspaceId), "leaderboard_channel"));
    return chosen.or(() -> platform == Platform.SLACK ? slackDefaultChannel : Optional.empty());
  }

  private void post(Platform platform, String workspace, String channel) {
    Language language =
        jdbi.withExtension(
                ChannelDao.class,
                dao -> dao.get(scope(platform, workspace), "leaderboard_language"))
            .flatMap(Language::fromTag)
            .orElse(Language.EN);
    Standings standings = leaderboard.standings(platform, workspace, Period.WEEK);
    gateway.send(
        Recipient.channel(platform, workspace, channel),
        LeaderboardMessage.render(standings, language));
  }

  private List<Destination> destinations() {
    List<Destination> destinations = new ArrayList<>();
    for (ChannelDao.Chosen chosen :
        jdbi.withExtension(ChannelDao.class, dao -> dao.chosen("leaderboard_channel"))) {
      String[] scope = chosen.scope().split(":", 2);
      Platform.fromKey(scope[0])
          .ifPresent(p -> destinations.add(new Destination(p, scope[1], chosen.settingValue())));
    }
    slackDefaultChannel.ifPresent(
        channel ->
            jdbi.withExtension(ChannelDao.class, ChannelDao::activeSlackWorkspaces).stream()
                .filter(ws -> destinations.stream().noneMatch(d -> d.workspaceId().equals(ws)))
                .forEach(ws -> destinations.add(new Destination(Platform.SLACK, ws, channel))));
    return destinations;
  }

  private Instant thisWeeksTime(Instant now) {
    ZonedDateTime local = now.atZone(zone);
    return local
        .toLocalDate()
        .with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY))
        .with(TemporalAdjusters.nextOrSame(schedule.day()))
        .atTime(schedule.time())
        .atZone(zone)
        .toInstant();
  }

  static String scope(Platform platform, String workspaceId) {
    return platform.key() + ":" + workspaceId;
  }

  private record Destination(Platform platform, String workspaceId, String channel) {}
}
