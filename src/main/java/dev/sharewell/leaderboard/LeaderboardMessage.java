package dev.sharewell.leaderboard;

import dev.sharewell.chat.Block;
import dev.sharewell.chat.OutboundMessage;
import dev.sharewell.common.Language;
import dev.sharewell.common.Texts;
import java.util.ArrayList;
import java.util.List;

/**
 * The leaderboard as a message: participation first, then the ranked names, the leaders' own
 * section, and hidden members counted but not named.
 */
public final class LeaderboardMessage {
  static final int SHOWN = 10;

  private LeaderboardMessage() {}

  public static OutboundMessage render(Standings standings, Language language) {
    OutboundMessage.Builder message =
        OutboundMessage.builder(
                Texts.get(language, "leaderboard.summary", standings.participants()))
            .heading(Texts.get(language, "leaderboard.heading"))
            .note(
                Texts.get(
                    language,
                    "leaderboard.participation",
                    standings.participants(),
                    standings.optedIn()));
    if (standings.ranked().isEmpty()) {
      return message.paragraph(Texts.get(language, "leaderboard.empty")).build();
    }
    message.paragraph(lines(standings.ranked(), false, language));
    List<Standing> leaders = standings.ranked().stream().filter(Standing::leader).toList();
    if (!leaders.isEmpty()) {
      message.add(new Block.Heading(Texts.get(language, "leaderboard.leaders")));
      message.paragraph(lines(leaders, true, language));
    }
    return message.build();
  }

  private static String lines(List<Standing> ranked, boolean leadersOnly, Language language) {
    List<String> lines = new ArrayList<>();
    int hidden = 0;
    int rank = 0;
    for (Standing standing : ranked) {
      rank++;
      if (!standing.visible()) {
        hidden++;
        continue;
      }
      if (lines.size() < SHOWN) {
        lines.add(
            Texts.get(
                language,
                leadersOnly ? "leaderboard.leader_line" : "leaderboard.line",
                rank,
                standing.displayName(),
                standing.points(),
                standing.shares()));
      } else {
        hidden++;
      }
    }
    if (hidden > 0) {
      lines.add(Texts.get(language, "leaderboard.more", hidden));
    }
    return String.join("\n", lines);
  }
}
