package dev.sharewell.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.sharewell.chat.ActionIds;
import dev.sharewell.chat.OutboundMessage;
import dev.sharewell.conversation.Conversation;
import dev.sharewell.conversation.Origin;
import dev.sharewell.conversation.Reply;
import dev.sharewell.store.Outages;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Buttons in messages and on the Home tab. Acknowledged at once; the work runs after the ack: a
 * form opens as a modal, a message goes back through the response url (or the DM from Home).
 */
final class ActionListener implements BlockActionHandler {
  private static final Logger LOG = LoggerFactory.getLogger(ActionListener.class);

  private final Conversation conversation;
  private final SlackReplies replies;
  private final HomeListener home;
  private final Executor executor;

  ActionListener(
      Conversation conversation, SlackReplies replies, HomeListener home, Executor executor) {
    this.conversation = conversation;
    this.replies = replies;
    this.home = home;
    this.executor = executor;
  }

  @Override
  public Response apply(BlockActionRequest request, ActionContext ctx) {
    BlockActionPayload payload = request.getPayload();
    if (payload.getActions() == null || payload.getActions().isEmpty()) {
      return ctx.ack();
    }
    BlockActionPayload.Action action = payload.getActions().get(0);
    if (action.getActionId().startsWith(ActionIds.OPEN_LINK_PREFIX)) {
      return ctx.ack();
    }
    Origin origin = SlackPeople.origin(payload);
    boolean fromHome = payload.getView() != null && "home".equals(payload.getView().getType());
    try {
      executor.execute(() -> handle(origin, action, payload, ctx, fromHome));
    } catch (RejectedExecutionException e) {
      // Said now, before the ack: a button's ack cannot carry a message, and no thread is free.
      LOG.warn("Button {} answered busy: the background queue is full", action.getActionId());
      boolean viaResponseUrl = payload.getResponseUrl() != null && !fromHome;
      show(
          origin,
          ctx,
          viaResponseUrl,
          conversation.busy(origin.user(), Optional.empty()).message());
    }
    return ctx.ack();
  }

  private void handle(
      Origin origin,
      BlockActionPayload.Action action,
      BlockActionPayload payload,
      ActionContext ctx,
      boolean fromHome) {
    boolean viaResponseUrl = payload.getResponseUrl() != null && !fromHome;
    Reply reply;
    try {
      reply =
          conversation.press(
              origin, action.getActionId(), action.getValue() == null ? "" : action.getValue());
    } catch (RuntimeException e) {
      Outages.log(LOG, "Button " + action.getActionId(), e);
      Reply.Show apology = conversation.apology(origin.user(), Optional.empty());
      show(origin, ctx, viaResponseUrl, apology.message());
      return;
    }
    Runnable answer =
        reply.fold(
            shown -> () -> show(origin, ctx, viaResponseUrl, shown.message()),
            open -> () -> replies.openOrExplain(open, payload.getTriggerId(), ctx),
            file ->
                () -> {
                  // As for a command: the message where the button was, the file in the DM.
                  show(origin, ctx, viaResponseUrl, file.message());
                  replies.fileOrExplain(file, origin.user().userId(), ctx);
                });
    answer.run();
    if (fromHome) {
      home.publish(origin);
    }
  }

  /**
   * Shows {@code message} privately where the button was, or in the DM when the button was on the
   * Home tab or its response url failed (a 5xx, a timeout).
   */
  private void show(
      Origin origin, ActionContext ctx, boolean viaResponseUrl, OutboundMessage message) {
    if (!viaResponseUrl || !replies.respond(ctx, message)) {
      replies.direct(origin.user().userId(), message);
    }
  }
}
