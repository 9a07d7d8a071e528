package dev.sharewell.teams;

import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ConversationAccount;
import com.microsoft.bot.schema.ConversationReference;
import com.microsoft.bot.schema.Serialization;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Conversation references, stored when the app is installed or spoken to and used to write later
 * (digests, invitations, leaderboard posts). They are kept as the SDK's own JSON.
 */
final class ReferenceStore {
  private static final Logger LOG = LoggerFactory.getLogger(ReferenceStore.class);

  private final Jdbi jdbi;
  private final Clock clock;

  ReferenceStore(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  /** Stores (or refreshes) the reference of the conversation the activity came from. */
  boolean remember(Activity activity) {
    TeamsChat where = TeamsChat.of(activity);
    String reference = Serialization.objectToTree(referenceTo(activity, where)).toString();
    return jdbi.withExtension(
        ConversationRefsDao.class,
        dao ->
            dao.save(
                where.tenantId(),
                where.conversationId(),
                where.kind(),
                where.isPersonal() ? where.userId() : null,
                where.teamId().orElse(null),
                reference,
                clock.instant()));
  }

  /**
   * Only what writing to the conversation later needs, each part of it bounded by {@link
   * ActivityParser}: where (channel, service url, conversation), as whom (the bot) and to whom. The
   * SDK's own reference carries every unknown field of the activity's accounts along, and the
   * message that happened to be the latest.
   */
  static ConversationReference referenceTo(Activity activity, TeamsChat where) {
    ConversationReference reference = new ConversationReference();
    reference.setChannelId(activity.getChannelId());
    reference.setServiceUrl(activity.getServiceUrl());
    ConversationAccount from = activity.getConversation();
    ConversationAccount conversation = new ConversationAccount();
    conversation.setId(where.conversationId());
    conversation.setTenantId(where.tenantId());
    conversation.setConversationType(from.getConversationType());
    conversation.setIsGroup(from.isGroup());
    reference.setConversation(conversation);
    ChannelAccount bot = activity.getRecipient();
    if (bot != null) {
      reference.setBot(new ChannelAccount(bot.getId(), bot.getName()));
    }
    reference.setUser(new ChannelAccount(where.userId()));
    return reference;
  }

  /** Forgets the conversation, and every channel of the team when the app left a team. */
  void forget(Activity activity) {
    TeamsChat where = TeamsChat.of(activity);
    jdbi.useExtension(
        ConversationRefsDao.class,
        dao -> {
          dao.deleteConversation(where.tenantId(), where.conversationId());
          where.teamId().ifPresent(team -> dao.deleteTeam(where.tenantId(), team));
        });
  }

  Optional<ConversationReference> personal(String tenantId, String userId) {
    return find(dao -> dao.personal(tenantId, userId));
  }

  Optional<ConversationReference> conversation(String tenantId, String conversationId) {
    return find(dao -> dao.byConversation(tenantId, conversationId));
  }

  Optional<ConversationReference> team(String tenantId, String teamId) {
    return find(dao -> dao.ofTeam(tenantId, teamId));
  }

  /** Any recent reference of the tenant: its service url and the bot's account. */
  Optional<ConversationReference> latest(String tenantId) {
    return find(dao -> dao.latest(tenantId));
  }

  private Optional<ConversationReference> find(
      Function<ConversationRefsDao, Optional<String>> query) {
    return jdbi.withExtension(ConversationRefsDao.class, query::apply)
        .flatMap(ReferenceStore::read);
  }

  private static Optional<ConversationReference> read(String json) {
    try {
      return Optional.ofNullable(
          Serialization.treeToValue(Serialization.jsonToTree(json), ConversationReference.class));
    } catch (IOException e) {
      LOG.warn(
          "A stored Teams conversation reference cannot be read: {}", e.getClass().getSimpleName());
      return Optional.empty();
    }
  }
}
