package dev.sharewell.conversation;

import dev.sharewell.common.InvalidInputException;
import dev.sharewell.leaderboard.LeaderboardMessage;
import dev.sharewell.leaderboard.LeaderboardPoster;
import dev.sharewell.leaderboard.LeaderboardService;
import dev.sharewell.leaderboard.Period;
import java.util.List;

/**
 * {@code leaderboard [week|month|30d|all]} for everyone; {@code leaderboard here} and {@code
 * leaderboard post} for admins: choose the channel of the weekly post, and post it now.
 */
final class LeaderboardCommands {
  private final LeaderboardService leaderboard;
  private final LeaderboardPoster poster;

  LeaderboardCommands(LeaderboardService leaderboard, LeaderboardPoster poster) {
    this.leaderboard = leaderboard;
    this.poster = poster;
  }

  Reply handle(Actor actor, List<String> args) {
    String word = args.isEmpty() ? "week" : args.get(0);
    if (word.equals("here")) {
      String channel =
          actor
              .origin()
              .channelId()
              .orElseThrow(() -> InvalidInputException.of("channel", "error.leaderboard.here"));
      poster.chooseChannel(actor.member(), channel);
      return actor.say("leaderboard.here_done");
    }
    if (word.equals("post")) {
      poster.postNow(actor.member());
      return actor.say("leaderboard.posted");
    }
    Period period =
        Period.fromWord(word)
            .orElseThrow(() -> InvalidInputException.of("period", "error.leaderboard.period"));
    var member = actor.member();
    return actor.show(
        LeaderboardMessage.render(
            leaderboard.standings(
                member.identity().platform(), member.identity().workspaceId(), period),
            actor.language()));
  }
}
