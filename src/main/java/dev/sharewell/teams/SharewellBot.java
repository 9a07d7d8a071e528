package dev.sharewell.teams;

import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.builder.teams.TeamsActivityHandler;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import dev.sharewell.chat.OutboundMessage;
import dev.sharewell.conversation.Conversation;
import dev.sharewell.identity.Platform;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sharewell's Teams bot: routes each activity to its listener. Activities of other types are
 * acknowledged and ignored (the SDK's defaults).
 */
final class SharewellBot extends TeamsActivityHandler {
  private static final Logger LOG = LoggerFactory.getLogger(SharewellBot.class);

  private final ReferenceStore references;
  private final Conversation conversation;
  private final TurnReplies replies;
  private final CommandListener commands;
  private final SubmitListener submissions;
  private final InstallListener installs;

  SharewellBot(
      ReferenceStore references,
      Conversation conversation,
      TurnReplies replies,
      CommandListener commands,
      SubmitListener submissions,
      InstallListener installs) {
    this.references = references;
    this.conversation = conversation;
    this.replies = replies;
    this.commands = commands;
    this.submissions = submissions;
    this.installs = installs;
  }

  /**
   * Someone from a tenant outside the organisation gets one polite answer to a message and nothing
   * else: no conversation reference, no member, no workspace is stored for them.
   */
  @Override
  public CompletableFuture<Void> onTurn(TurnContext turn) {
    Activity activity = turn.getActivity();
    String tenant = TeamsChat.tenantOf(activity);
    Optional<OutboundMessage> answer =
        conversation.outsiderAnswer(Platform.TEAMS, tenant, TeamsPeople.locale(turn));
    if (answer.isEmpty()) {
      return super.onTurn(turn);
    }
    LOG.info("Refused a Teams activity from tenant {}, which is not in this organisation", tenant);
    if (!ActivityTypes.MESSAGE.equals(activity.getType())) {
      return CompletableFuture.completedFuture(null);
    }
    return replies.send(turn, MessageCards.render(answer.get(), Map.of()), answer.get().summary());
  }

  @Override
  protected CompletableFuture<Void> onMessageActivity(TurnContext turn) {
    try {
      // Kept fresh on every message: where this person or channel can be written to later.
      references.remember(turn.getActivity());
    } catch (RuntimeException e) {
      LOG.warn("Could not store a Teams conversation reference: {}", e.getClass().getSimpleName());
    }
    return turn.getActivity().getValue() != null
        ? submissions.onSubmit(turn)
        : commands.onMessage(turn);
  }

  @Override
  protected CompletableFuture<Void> onInstallationUpdateAdd(TurnContext turn) {
    return installs.installed(turn);
  }

  @Override
  protected CompletableFuture<Void> onInstallationUpdateRemove(TurnContext turn) {
    return installs.removed(turn);
  }

  /**
   * Replaces the SDK's Teams dispatch, which fetches every added member from the connector (a
   * blocking call per person) before anything else happens.
   */
  @Override
  protected CompletableFuture<Void> onConversationUpdateActivity(TurnContext turn) {
    return installs.membersChanged(turn);
  }
}
