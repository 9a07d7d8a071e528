package dev.sharewell.chat;

import dev.sharewell.identity.Platform;
import dev.sharewell.identity.PlatformUser;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a message goes: a person's direct conversation with the bot, or a channel. Ids are the
 * platform's own.
 */
public record Recipient(
    Platform platform, String workspaceId, Optional<String> userId, Optional<String> channelId) {

  public Recipient {
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(workspaceId, "workspaceId");
    if (userId.isEmpty() == channelId.isEmpty()) {
      throw new IllegalArgumentException("a recipient is either a person or a channel");
    }
  }

  public static Recipient person(PlatformUser user) {
    return new Recipient(
        user.platform(), user.workspaceId(), Optional.of(user.userId()), Optional.empty());
  }

  public static Recipient channel(Platform platform, String workspaceId, String channelId) {
    return new Recipient(platform, workspaceId, Optional.empty(), Optional.of(channelId));
  }
}
