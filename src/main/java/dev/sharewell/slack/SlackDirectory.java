package dev.sharewell.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.conversations.ConversationsMembersResponse;
import com.slack.api.methods.response.users.UsersInfoResponse;
import com.slack.api.model.User;
import dev.sharewell.chat.ChatDeliveryException;
import dev.sharewell.chat.Directory;
import dev.sharewell.identity.Platform;
import dev.sharewell.identity.PlatformUser;
import dev.sharewell.identity.Profile;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Who is in a channel (conversations.members, paged) and a person's profile (users.info). */
final class SlackDirectory implements Directory {
  static final int PAGE = 200;
  static final int MAX_PAGES = 100;

  private final MethodsClient client;

  SlackDirectory(MethodsClient client) {
    this.client = client;
  }

  @Override
  public Platform platform() {
    return Platform.SLACK;
  }

  @Override
  public List<PlatformUser> channelMembers(String workspaceId, String channelId) {
    List<PlatformUser> members = new ArrayList<>();
    String cursor = null;
    for (int page = 0; page < MAX_PAGES; page++) {
      String next = cursor;
      ConversationsMembersResponse response;
      try {
        response = client.conversationsMembers(r -> r.channel(channelId).limit(PAGE).cursor(next));
      } catch (SlackApiException e) {
        throw SlackGateway.fromHttp(e);
      } catch (IOException e) {
        throw new ChatDeliveryException(ChatDeliveryException.Kind.TRANSIENT, "io_error");
      }
      if (!response.isOk()) {
        throw SlackGateway.fromError(response.getError());
      }
      response
          .getMembers()
          .forEach(id -> members.add(new PlatformUser(Platform.SLACK, workspaceId, id)));
      cursor =
          response.getResponseMetadata() == null
              ? null
              : response.getResponseMetadata().getNextCursor();
      if (cursor == null || cursor.isEmpty()) {
        break;
      }
    }
    return members;
  }

  @Override
  public Profile profile(PlatformUser user) {
    try {
      UsersInfoResponse response = client.usersInfo(r -> r.user(user.userId()).includeLocale(true));
      if (!response.isOk() || response.getUser() == null) {
        return Profile.unknown();
      }
      User info = response.getUser();
      String name =
          Optional.ofNullable(info.getProfile())
              .map(
                  p ->
                      p.getDisplayName() == null || p.getDisplayName().isBlank()
                          ? p.getRealName()
                          : p.getDisplayName())
              .filter(n -> n != null && !n.isBlank())
              .orElse(info.getRealName());
      return new Profile(
          Optional.ofNullable(name),
          Optional.ofNullable(info.getLocale()),
          Optional.ofNullable(info.getTz()));
    } catch (SlackApiException | IOException e) {
      return Profile.unknown();
    }
  }
}
