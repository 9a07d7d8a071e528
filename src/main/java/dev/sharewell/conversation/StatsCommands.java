package dev.sharewell.conversation;

import dev.sharewell.chat.Block;
import dev.sharewell.chat.OutboundMessage;
import dev.sharewell.leaderboard.LeaderboardService;
import dev.sharewell.leaderboard.Period;
import dev.sharewell.leaderboard.Standing;
import dev.sharewell.member.Member;
import dev.sharewell.member.Network;
import dev.sharewell.reach.ReachService;
import dev.sharewell.share.ContentStats;
import dev.sharewell.share.ShareExport;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code stats}: a member's own record. {@code stats content} (comms): each recent item's fate.
 * {@code stats export} (comms, admin): the shares as CSV.
 */
final class StatsCommands {
  static final Duration CONTENT_WINDOW = Duration.ofDays(30);

  private final LeaderboardService leaderboard;
  private final ReachService reach;
  private final ContentStats content;
  private final ShareExport export;
  private final Clock clock;

  StatsCommands(
      LeaderboardService leaderboard,
      ReachService reach,
      ContentStats content,
      ShareExport export,
      Clock clock) {
    this.leaderboard = leaderboard;
    this.reach = reach;
    this.content = content;
    this.export = export;
    this.clock = clock;
  }

  Reply handle(Actor actor, List<String> args) {
    String word = args.isEmpty() ? "" : args.get(0);
    return switch (word) {
      case "content" -> content(actor);
      case "export" -> export(actor);
      default -> own(actor);
    };
  }

  private Reply own(Actor actor) {
    Member member = actor.member();
    var rank = leaderboard.rankOf(member, Period.ALL_TIME);
    long shares = rank.map(r -> r.line().shares()).orElse(0L);
    long points = rank.map(r -> r.line().points()).orElse(0L);
    long personalised = rank.map(r -> r.line().personalised()).orElse(0L);
    List<Block.Fact> facts = new ArrayList<>();
    facts.add(new Block.Fact(actor.text("stats.shares"), Long.toString(shares)));
    facts.add(new Block.Fact(actor.text("stats.points"), Long.toString(points)));
    facts.add(
        new Block.Fact(
            actor.text("stats.rank"),
            rank.map(r -> actor.text("stats.rank_place", r.place())).orElse("–")));
    facts.add(
        new Block.Fact(
            actor.text("stats.personalised"),
            actor.text(
                "stats.percent", shares == 0 ? 0 : Math.round(100.0 * personalised / shares))));
    facts.add(
        new Block.Fact(
            actor.text("stats.streak"), Integer.toString(leaderboard.weeksInARow(member))));
    facts.add(new Block.Fact(actor.text("stats.reach"), Long.toString(reach.of(member))));
    return actor.show(
        OutboundMessage.builder(actor.text("stats.summary", shares, points))
            .heading(actor.text("stats.heading"))
            .add(new Block.Facts(facts))
            .build());
  }

  private Reply content(Actor actor) {
    List<ContentStats.ItemStats> items =
        content.since(actor.member(), clock.instant().minus(CONTENT_WINDOW));
    OutboundMessage.Builder message =
        OutboundMessage.builder(actor.text("stats.content_summary", items.size()))
            .heading(actor.text("stats.content_heading"));
    if (items.isEmpty()) {
      return actor.show(message.paragraph(actor.text("stats.content_empty")).build());
    }
    for (ContentStats.ItemStats item : items) {
      List<String> networks = new ArrayList<>();
      for (Map.Entry<Network, Integer> entry : item.sharesByNetwork().entrySet()) {
        networks.add(entry.getKey().displayName() + " " + entry.getValue());
      }
      message.add(new Block.Heading(item.title()));
      message.paragraph(
          actor.text(
              "stats.content_line",
              item.sentTo(),
              item.shares(),
              networks.isEmpty() ? "–" : String.join(", ", networks),
              item.shares() == 0 ? 0 : Math.round(100.0 * item.personalised() / item.shares()),
              reach.realisedFor(
                  actor.member().identity().platform(),
                  actor.member().identity().workspaceId(),
                  item.contentId()),
              item.notForMe()));
    }
    return actor.show(message.build());
  }

  private Reply export(Actor actor) {
    ShareExport.Csv csv = export.file(actor.member());
    String filename = "sharewell-shares-" + java.time.LocalDate.now(clock) + ".csv";
    return actor.file(
        OutboundMessage.text(actor.text("stats.export_ready")), filename, csv.text(), csv.about());
  }

  static long percent(Standing line) {
    return line.shares() == 0 ? 0 : Math.round(100.0 * line.personalised() / line.shares());
  }
}
