package dev.sharewell.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import dev.sharewell.conversation.Origin;
import dev.sharewell.identity.Platform;
import dev.sharewell.identity.PlatformUser;
import dev.sharewell.identity.Profile;
import java.util.Optional;

/**
 * Who sent a request, as the core knows people: the Slack user id in the workspace the payload
 * names, with the name Slack tells (a guess at a display name: the full profile is fetched later).
 * The twin of Teams' {@code TeamsPeople}.
 */
final class SlackPeople {
  private SlackPeople() {}

  static PlatformUser user(String teamId, String userId) {
    return new PlatformUser(Platform.SLACK, teamId, userId);
  }

  /** A slash command, answered privately in the channel it was typed in. */
  static Origin origin(SlashCommandPayload payload) {
    return new Origin(
        user(payload.getTeamId(), payload.getUserId()),
        Profile.guessed(payload.getUserName()),
        Optional.ofNullable(payload.getChannelId()),
        true);
  }

  /** A button pressed in a message or on the Home tab. */
  static Origin origin(BlockActionPayload payload) {
    return Origin.privately(
        user(teamId(payload), payload.getUser().getId()),
        Profile.guessed(payload.getUser().getName()));
  }

  /** A modal submitted. */
  static Origin origin(ViewSubmissionPayload payload) {
    return Origin.privately(
        user(teamId(payload), payload.getUser().getId()),
        Profile.guessed(payload.getUser().getName()));
  }

  /** Someone who opened their Home tab: Slack tells nothing more about them there. */
  static Origin atHome(String teamId, String userId) {
    return Origin.privately(user(teamId, userId), Profile.unknown());
  }

  /**
   * The workspace a button came from: the payload's team, or the user's own where the payload names
   * no team.
   */
  static String teamId(BlockActionPayload payload) {
    return payload.getTeam() != null ? payload.getTeam().getId() : payload.getUser().getTeamId();
  }

  /** The workspace a modal came from, as for {@link #teamId(BlockActionPayload)}. */
  static String teamId(ViewSubmissionPayload payload) {
    return payload.getTeam() != null ? payload.getTeam().getId() : payload.getUser().getTeamId();
  }
}
