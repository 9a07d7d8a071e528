package dev.sharewell.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Entity;
import dev.sharewell.conversation.CommandRequest;
import dev.sharewell.identity.Platform;
import dev.sharewell.identity.PlatformUser;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Reads a message as a command: the bot's own @mention is removed, other people's mentions are
 * taken out of the text into the request's people. Mention texts are removed literally (the SDK's
 * helpers treat them as regular expressions, which breaks on names with brackets).
 */
final class TeamsMentions {
  private TeamsMentions() {}

  /** A mention entity: who, and the text ({@code <at>Name</at>}) standing for them. */
  private record Mention(String id, String text, int position) {}

  /**
   * @param teamId the team of a channel message: {@code invite} with nobody mentioned invites it
   */
  static CommandRequest command(Activity activity, String tenantId, String teamId) {
    String text = activity.getText() == null ? "" : activity.getText();
    String botId = activity.getRecipient() == null ? null : activity.getRecipient().getId();
    List<PlatformUser> people = new ArrayList<>();
    for (Mention mention : mentions(activity, text)) {
      text = text.replace(mention.text(), " ");
      if (!mention.id().equals(botId)
          && people.stream().noneMatch(p -> p.userId().equals(mention.id()))) {
        people.add(new PlatformUser(Platform.TEAMS, tenantId, mention.id()));
      }
    }
    text = text.replace('\u00a0', ' ').strip();
    List<String> channels = new ArrayList<>();
    if (teamId != null && people.isEmpty() && firstWord(text).equals("invite")) {
      channels.add(teamId);
    }
    return new CommandRequest(text, people, channels);
  }

  /** Mentions in the order they appear in the text; ones whose text is not in it are dropped. */
  private static List<Mention> mentions(Activity activity, String text) {
    List<Mention> mentions = new ArrayList<>();
    if (activity.getEntities() == null) {
      return mentions;
    }
    for (Entity entity : activity.getEntities()) {
      if (entity == null || !"mention".equalsIgnoreCase(entity.getType())) {
        continue;
      }
      JsonNode mentioned = entity.getProperties().get("mentioned");
      JsonNode textNode = entity.getProperties().get("text");
      String id = mentioned == null ? "" : mentioned.path("id").asText("");
      String mentionText = textNode == null ? "" : textNode.asText("");
      int position = mentionText.isEmpty() ? -1 : text.indexOf(mentionText);
      if (!id.isBlank() && position >= 0) {
        mentions.add(new Mention(id, mentionText, position));
      }
    }
    mentions.sort(Comparator.comparingInt(Mention::position));
    return mentions;
  }

  private static String firstWord(String text) {
    String[] words = text.split("\\s+", 2);
    return words[0].toLowerCase(Locale.ROOT);
  }
}
