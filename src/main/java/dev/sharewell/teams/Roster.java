package dev.sharewell.teams;

import com.microsoft.bot.connector.ConnectorClient;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.PagedMembersResult;
import com.microsoft.bot.schema.Serialization;
import dev.sharewell.chat.ChatDeliveryException;
import dev.sharewell.chat.ChatDeliveryException.Kind;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * A team's members, page by page ({@code GET v3/conversations/{teamId}/pagedmembers}). Called
 * directly because the SDK's paged call breaks on the continuation token (4.14.3); it goes through
 * the connector client's own HTTP client, so the bot's token and the SDK's retries still apply.
 */
final class Roster {
  static final int PAGE_SIZE = 500;
  static final int MAX_PAGES = 200;

  private Roster() {}

  /** The ids of every person in the team, bots left out. */
  static List<String> members(ConnectorClient client, String teamId) {
    List<String> ids = new ArrayList<>();
    String token = null;
    for (int page = 0; page < MAX_PAGES; page++) {
      PagedMembersResult result = page(client, teamId, token);
      if (result.getMembers() != null) {
        for (ChannelAccount member : result.getMembers()) {
          // Bots have ids starting 28:, people 29: (the Agents Playground uses plain ids).
          if (member.getId() != null && !member.getId().startsWith("28:")) {
            ids.add(member.getId());
          }
        }
      }
      token = result.getContinuationToken();
      if (token == null || token.isEmpty()) {
        break;
      }
    }
    return ids;
  }

  private static PagedMembersResult page(ConnectorClient client, String teamId, String token) {
    HttpUrl.Builder url =
        HttpUrl.get(client.baseUrl())
            .newBuilder()
            .addPathSegments("v3/conversations")
            .addPathSegment(teamId)
            .addPathSegment("pagedmembers")
            .addQueryParameter("pageSize", Integer.toString(PAGE_SIZE));
    if (token != null) {
      url.addQueryParameter("continuationToken", token);
    }
    Request request =
        new Request.Builder().url(url.build()).get().header("Accept", "application/json").build();
    try (Response response = client.getRestClient().httpClient().newCall(request).execute()) {
      ResponseBody body = response.body();
      String text = body == null ? "" : body.string();
      if (!response.isSuccessful()) {
        throw DeliveryErrors.fromStatus(response.code(), text, response.header("Retry-After"));
      }
      PagedMembersResult result =
          Serialization.treeToValue(Serialization.jsonToTree(text), PagedMembersResult.class);
      if (result == null) {
        throw new ChatDeliveryException(Kind.PERMANENT, "unreadable_roster");
      }
      return result;
    } catch (IOException e) {
      throw new ChatDeliveryException(Kind.TRANSIENT, "io_error");
    }
  }
}
