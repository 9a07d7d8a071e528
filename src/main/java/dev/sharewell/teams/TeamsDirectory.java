package dev.sharewell.teams;

import com.microsoft.bot.builder.BotFrameworkAdapter;
import com.microsoft.bot.connector.ConnectorClient;
import com.microsoft.bot.schema.ConversationReference;
import dev.sharewell.chat.ChatDeliveryException;
import dev.sharewell.chat.ChatDeliveryException.Kind;
import dev.sharewell.chat.Directory;
import dev.sharewell.identity.Platform;
import dev.sharewell.identity.PlatformUser;
import dev.sharewell.identity.Profile;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Who is in a team, for inviting it. Profiles come with every activity, so none are asked for. */
final class TeamsDirectory implements Directory {
  private final ReferenceStore references;
  private final ProactiveSender sender;

  TeamsDirectory(ReferenceStore references, ProactiveSender sender) {
    this.references = references;
    this.sender = sender;
  }

  @Override
  public Platform platform() {
    return Platform.TEAMS;
  }

  /** The people of the team {@code channelId} (a team id), through a conversation of the team. */
  @Override
  public List<PlatformUser> channelMembers(String workspaceId, String channelId) {
    ConversationReference reference =
        references
            .team(workspaceId, channelId)
            .or(() -> references.latest(workspaceId))
            .orElseThrow(() -> new ChatDeliveryException(Kind.PERMANENT, "no_conversation"));
    List<String> ids =
        sender.inTurn(
            reference,
            turn -> {
              ConnectorClient client =
                  turn.getTurnState().get(BotFrameworkAdapter.CONNECTOR_CLIENT_KEY);
              return CompletableFuture.completedFuture(Roster.members(client, channelId));
            });
    return ids.stream().map(id -> new PlatformUser(Platform.TEAMS, workspaceId, id)).toList();
  }

  @Override
  public Profile profile(PlatformUser user) {
    return Profile.unknown();
  }
}
