package dev.sharewell.teams;

import com.microsoft.bot.builder.TurnContext;
import dev.sharewell.conversation.CommandRequest;
import dev.sharewell.conversation.Conversation;
import dev.sharewell.conversation.Origin;
import dev.sharewell.store.Outages;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A typed message: a command, in the personal chat or with an @mention in a team channel. The core
 * decides what may be answered in a channel; the answer goes to the thread it was asked in.
 */
final class CommandListener {
  private static final Logger LOG = LoggerFactory.getLogger(CommandListener.class);

  private final Conversation conversation;
  private final TurnReplies replies;

  CommandListener(Conversation conversation, TurnReplies replies) {
    this.conversation = conversation;
    this.replies = replies;
  }

  CompletableFuture<Void> onMessage(TurnContext turn) {
    try {
      Origin origin = TeamsPeople.origin(turn);
      TeamsChat where = TeamsChat.of(turn.getActivity());
      CommandRequest request =
          TeamsMentions.command(turn.getActivity(), where.tenantId(), where.teamId().orElse(null));
      return replies.answer(turn, origin, conversation.command(origin, request));
    } catch (RuntimeException e) {
      Outages.log(LOG, "A Teams command", e);
      return replies.failure(turn, conversation);
    }
  }
}
