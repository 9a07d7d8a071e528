package dev.sharewell.slack;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import dev.sharewell.conversation.Conversation;
import dev.sharewell.conversation.Origin;
import dev.sharewell.conversation.Reply;
import dev.sharewell.identity.PlatformUser;
import dev.sharewell.store.Outages;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /sharewell}: the answer is computed from the database only and sent with the ack, so it
 * arrives within Slack's 3 seconds; opening a modal happens after the ack.
 */
final class CommandListener implements SlashCommandHandler {
  static final String COMMAND = "/sharewell";
  private static final Logger LOG = LoggerFactory.getLogger(CommandListener.class);

  private final Conversation conversation;
  private final SlackReplies replies;
  private final ProfileRefresher profiles;
  private final Executor executor;

  CommandListener(
      Conversation conversation,
      SlackReplies replies,
      ProfileRefresher profiles,
      Executor executor) {
    this.conversation = conversation;
    this.replies = replies;
    this.profiles = profiles;
    this.executor = executor;
  }

  @Override
  public Response apply(SlashCommandRequest request, SlashCommandContext ctx) {
    SlashCommandPayload payload = request.getPayload();
    Origin origin = SlackPeople.origin(payload);
    PlatformUser user = origin.user();
    Reply reply;
    try {
      reply =
          conversation.command(origin, SlackMentions.parse(payload.getText(), payload.getTeamId()));
    } catch (RuntimeException e) {
      Outages.log(LOG, "/sharewell", e);
      return ephemeral(ctx, conversation.apology(user, Optional.empty()).message().summary());
    }
    profiles.refreshLater(user);
    try {
      return reply.fold(
          shown ->
              ctx.ack(
                  r ->
                      r.responseType("ephemeral")
                          .text(SlackText.escape(shown.message().summary()))
                          .blocks(BlockKit.render(shown.message()))),
          open -> {
            executor.execute(() -> replies.openOrExplain(open, payload.getTriggerId(), ctx));
            return ctx.ack();
          },
          file -> {
            executor.execute(() -> replies.fileOrExplain(file, user.userId(), ctx));
            return ephemeral(ctx, file.message().summary());
          });
    } catch (RejectedExecutionException e) {
      LOG.warn("/sharewell answered busy: the background queue is full");
      return ephemeral(ctx, conversation.busy(user, Optional.empty()).message().summary());
    }
  }

  private static Response ephemeral(SlashCommandContext ctx, String text) {
    return ctx.ack(r -> r.responseType("ephemeral").text(SlackText.escape(text)));
  }
}
