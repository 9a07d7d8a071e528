package dev.sharewell.conversation;

import dev.sharewell.identity.PlatformUser;
import dev.sharewell.identity.Profile;
import java.util.Optional;

/**
 * Who asked and where: the person, what the platform tells about them, the channel they asked in
 * (if any), and whether the answer is seen by them alone (a Slack ephemeral reply or modal, a Teams
 * personal chat) or by everyone in the channel (a Teams team channel).
 */
public record Origin(
    PlatformUser user, Profile profile, Optional<String> channelId, boolean privateReply) {

  public static Origin privately(PlatformUser user, Profile profile) {
    return new Origin(user, profile, Optional.empty(), true);
  }
}
