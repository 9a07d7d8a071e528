package dev.sharewell.teams;

import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ConversationAccount;
import com.microsoft.bot.schema.teams.TeamsChannelData;
import java.util.Optional;

/**
 * The Teams chat an activity came from, as Sharewell keys it (not to be confused with {@code
 * conversation.Conversation}, Sharewell's side of a dialogue): the tenant, the Bot Framework
 * conversation (a channel without its {@code ;messageid=} thread suffix, so a proactive post starts
 * a new thread), whether it is a person's chat with the bot, the person, and the team of a channel.
 */
record TeamsChat(
    String tenantId, String conversationId, RefKind kind, String userId, Optional<String> teamId) {

  private static final String THREAD_SUFFIX = ";messageid=";

  static TeamsChat of(Activity activity) {
    ConversationAccount conversation = activity.getConversation();
    boolean personal =
        "personal".equals(conversation.getConversationType())
            || (conversation.getConversationType() == null && !conversation.isGroup());
    String id = conversation.getId();
    if (!personal) {
      String channel = activity.teamsGetChannelId();
      id = channel != null ? channel : withoutThread(id);
    }
    return new TeamsChat(
        tenantOf(activity),
        id,
        personal ? RefKind.PERSONAL : RefKind.CHANNEL,
        activity.getFrom().getId(),
        personal ? Optional.empty() : Optional.ofNullable(activity.teamsGetTeamId()));
  }

  boolean isPersonal() {
    return kind == RefKind.PERSONAL;
  }

  /** The tenant: the conversation's, else the one in Teams' channel data; null when neither. */
  static String tenantOf(Activity activity) {
    String tenant = activity.getConversation().getTenantId();
    if (tenant != null && !tenant.isBlank()) {
      return tenant;
    }
    TeamsChannelData data = activity.teamsGetChannelData();
    if (data != null && data.getTenant() != null) {
      return data.getTenant().getId();
    }
    return null;
  }

  static String withoutThread(String conversationId) {
    int at = conversationId.indexOf(THREAD_SUFFIX);
    return at < 0 ? conversationId : conversationId.substring(0, at);
  }
}
