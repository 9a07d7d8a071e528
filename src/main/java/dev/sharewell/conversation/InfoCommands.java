package dev.sharewell.conversation;

import dev.sharewell.chat.Block;
import dev.sharewell.chat.OutboundMessage;
import dev.sharewell.guidelines.Guidelines;
import dev.sharewell.leaderboard.LeaderboardMessage;
import dev.sharewell.leaderboard.LeaderboardService;
import dev.sharewell.share.MemberStats;
import dev.sharewell.share.ShareService;
import java.util.List;

/** Stats, the leaderboard and the guidelines: answers that change nothing. */
final class InfoCommands {
  private final ShareService shares;
  private final LeaderboardService leaderboard;
  private final Guidelines guidelines;

  InfoCommands(ShareService shares, LeaderboardService leaderboard, Guidelines guidelines) {
    this.shares = shares;
    this.leaderboard = leaderboard;
    this.guidelines = guidelines;
  }

  Reply stats(Actor actor) {
    MemberStats stats = shares.statsOf(actor.member());
    return new Reply.Show(
        OutboundMessage.builder(actor.text("stats.summary", stats.shares(), stats.points()))
            .heading(actor.text("stats.heading"))
            .add(
                new Block.Facts(
                    List.of(
                        new Block.Fact(actor.text("stats.shares"), Long.toString(stats.shares())),
                        new Block.Fact(actor.text("stats.points"), Long.toString(stats.points())),
                        new Block.Fact(
                            actor.text("stats.rank"),
                            actor.text("stats.rank_of", stats.rank(), stats.rankedMembers())))))
            .build());
  }

  Reply leaderboard(Actor actor) {
    return new Reply.Show(
        LeaderboardMessage.render(leaderboard.thisWeek(actor.member()), actor.language()));
  }

  Reply guidelines(Actor actor) {
    return new Reply.Show(guidelines.render(actor.language()));
  }
}
