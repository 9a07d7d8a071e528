package dev.sharewell.chat;

import dev.sharewell.identity.Platform;
import dev.sharewell.identity.PlatformUser;
import dev.sharewell.identity.Profile;
import java.util.List;

/** What a platform knows about its people: who is in a channel, and a person's profile. */
public interface Directory {
  Platform platform();

  /**
   * The people in a channel (Slack) or team (Teams), without bots.
   *
   * @throws ChatDeliveryException when the platform cannot be asked
   */
  List<PlatformUser> channelMembers(String workspaceId, String channelId);

  /** The person's name, locale and time zone, as far as the platform tells. */
  Profile profile(PlatformUser user);
}
