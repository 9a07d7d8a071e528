package dev.sharewell.leaderboard;

import dev.sharewell.chat.Block;
import dev.sharewell.chat.OutboundMessage;
import dev.sharewell.common.Language;
import dev.sharewell.common.Texts;
import java.util.ArrayList;
import java.util.List;

/**
 * The leaderboard as a message: participation first, then the ranked names with points, shares and
 * the share of personalised posts, a section of its own for leaders, and everyone else (those who
 * chose to be hidden included) counted but not named.
 */
public final class LeaderboardMessage {
  private LeaderboardMessage() {}

  public static OutboundMessage render(Standings standings, Language language) {
    String period = Texts.get(language, "leaderboard.period." + standings.period().key());
    OutboundMessage.Builder message =
        OutboundMessage.builder(
                Texts.get(language, "leaderboard.summary", period, standings.participants()))
            .heading(Texts.get(language, "leaderboard.heading", period))
            .note(
                Texts.get(
                    language,
                    "leaderboard.participation",
                    standings.participants(),
                    standings.optedIn(),
                    period));
    if (standings.top().isEmpty()) {
      return message.paragraph(Texts.get(language, "leaderboard.empty")).build();
    }
    List<String> lines = lines(standings.top(), language);
    int named = lines.size();
    int more = standings.participants() - named;
    if (more > 0) {
      lines.add(Texts.get(language, "leaderboard.more", more));
    }
    message.paragraph(String.join("\n", lines));
    List<String> leaders = lines(standings.leaders(), language);
    if (!leaders.isEmpty()) {
      message.add(new Block.Heading(Texts.get(language, "leaderboard.leaders")));
      message.paragraph(String.join("\n", leaders));
    }
    return message.build();
  }

  /** Numbered lines of the visible members; the hidden keep their place but not their name. */
  private static List<String> lines(List<Standing> ranked, Language language) {
    List<String> lines = new ArrayList<>();
    int place = 0;
    for (Standing standing : ranked) {
      place++;
      if (standing.visible()) {
        lines.add(
            Texts.get(
                language,
                "leaderboard.line",
                place,
                standing.displayName(),
                standing.points(),
                standing.shares(),
                percent(standing.personalised(), standing.shares())));
      }
    }
    return lines;
  }

  static long percent(long part, long whole) {
    return whole == 0 ? 0 : Math.round(100.0 * part / whole);
  }
}
