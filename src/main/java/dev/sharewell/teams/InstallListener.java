package dev.sharewell.teams;

import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ChannelAccount;
import dev.sharewell.chat.OutboundMessage;
import dev.sharewell.common.Language;
import dev.sharewell.conversation.Conversation;
import dev.sharewell.conversation.Greetings;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app added to or removed from a personal chat or a team. Adding stores where the bot may write
 * and, in a personal chat, says hello with a Join button; nobody is opted in. Removing forgets it.
 * People joining a team are left alone: joining Sharewell is their own choice.
 */
final class InstallListener {
  private static final Logger LOG = LoggerFactory.getLogger(InstallListener.class);

  private final ReferenceStore references;
  private final Conversation conversation;
  private final TurnReplies replies;

  InstallListener(ReferenceStore references, Conversation conversation, TurnReplies replies) {
    this.references = references;
    this.conversation = conversation;
    this.replies = replies;
  }

  CompletableFuture<Void> installed(TurnContext turn) {
    Activity activity = turn.getActivity();
    // Teams sends installationUpdate and conversationUpdate for one installation: only the one
    // that stores the reference first says hello.
    boolean first = references.remember(activity);
    TeamsChat where = TeamsChat.of(activity);
    if (!first || !where.isPersonal()) {
      return CompletableFuture.completedFuture(null);
    }
    // The Teams user id is shown nowhere in Teams itself; SHAREWELL_ADMINS needs it, qualified.
    LOG.info(
        "Sharewell was added to the personal chat of Teams user {}",
        TeamsPeople.sender(activity).qualifiedId());
    Language language =
        TeamsPeople.locale(turn)
            .flatMap(Language::fromTag)
            .orElseGet(() -> conversation.languageOf(TeamsPeople.sender(activity)));
    OutboundMessage hello = Greetings.hello(language);
    return replies.send(turn, MessageCards.render(hello, Map.of()), hello.summary());
  }

  CompletableFuture<Void> removed(TurnContext turn) {
    references.forget(turn.getActivity());
    LOG.info("Sharewell was removed from a Teams conversation");
    return CompletableFuture.completedFuture(null);
  }

  /** Only the bot's own arrival or departure matters here. */
  CompletableFuture<Void> membersChanged(TurnContext turn) {
    Activity activity = turn.getActivity();
    String bot = activity.getRecipient() == null ? null : activity.getRecipient().getId();
    if (includes(activity.getMembersAdded(), bot)) {
      return installed(turn);
    }
    if (includes(activity.getMembersRemoved(), bot)) {
      return removed(turn);
    }
    return CompletableFuture.completedFuture(null);
  }

  /** Whether the bot is among the members; Teams' lists hold no null, but a sender's may. */
  private static boolean includes(List<ChannelAccount> members, String id) {
    return id != null
        && members != null
        && members.stream().anyMatch(m -> m != null && id.equals(m.getId()));
  }
}
