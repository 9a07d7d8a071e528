package dev.sharewell.slack;

import dev.sharewell.conversation.CommandRequest;
import dev.sharewell.identity.PlatformUser;
import dev.sharewell.store.Columns;
import java.util.Map;
import java.util.Optional;

/**
 * The ids of a Slack request that Sharewell keeps or looks up, each checked against the column that
 * keeps it ({@link Columns}): too long, or holding a control character (no Slack id does), and the
 * field is named. Part of {@link SlackPayloadCheck}; absent ids are its other checks' to judge.
 */
final class SlackIds {
  private SlackIds() {}

  /** A slash command: who, where, in which channel, and whom or which channels it mentions. */
  static Optional<String> ofCommand(Map<String, String> form) {
    return first(
        person("user_id", form.get("user_id"), "team_id", form.get("team_id")),
        bounded("channel_id", form.get("channel_id"), Columns.CONVERSATION_ID),
        mentions(form.get("text"), form.get("team_id")));
  }

  /** Who acted, and in which workspace. */
  static Optional<String> person(
      String userField, String userId, String workspaceField, String workspaceId) {
    return first(
        bounded(userField, userId, Columns.USER_ID),
        bounded(workspaceField, workspaceId, Columns.WORKSPACE_ID));
  }

  private static Optional<String> mentions(String text, String workspaceId) {
    CommandRequest request;
    try {
      request = SlackMentions.parse(text, workspaceId);
    } catch (IllegalArgumentException e) {
      return Optional.of("A mention in the text names nobody");
    }
    for (PlatformUser person : request.people()) {
      Optional<String> problem = bounded("mentioned user id", person.userId(), Columns.USER_ID);
      if (problem.isPresent()) {
        return problem;
      }
    }
    for (String channel : request.channels()) {
      Optional<String> problem = bounded("mentioned channel id", channel, Columns.CONVERSATION_ID);
      if (problem.isPresent()) {
        return problem;
      }
    }
    return Optional.empty();
  }

  static Optional<String> bounded(String field, String value, int max) {
    if (value == null) {
      return Optional.empty();
    }
    if (value.length() > max) {
      return Optional.of("The " + field + " is longer than " + max + " characters");
    }
    if (value.chars().anyMatch(Character::isISOControl)) {
      return Optional.of("The " + field + " holds a control character");
    }
    return Optional.empty();
  }

  @SafeVarargs
  static Optional<String> first(Optional<String>... problems) {
    for (Optional<String> problem : problems) {
      if (problem.isPresent()) {
        return problem;
      }
    }
    return Optional.empty();
  }
}
