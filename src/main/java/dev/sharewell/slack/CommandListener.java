package dev.sharewell.slack;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import dev.sharewell.conversation.Conversation;
import dev.sharewell.conversation.Origin;
import dev.sharewell.conversation.Reply;
import dev.sharewell.identity.Platform;
import dev.sharewell.identity.PlatformUser;
import dev.sharewell.identity.Profile;
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
    PlatformUser user = new PlatformUser(Platform.SLACK, payload.getTeamId(), payload.getUserId());
    Origin origin =
        new Origin(
            user,
            Profile.guessed(payload.getUserName()),
            Optional.ofNullable(payload.getChannelId()),
            true);
    Reply reply;
    try {
      reply =
          conversation.command(origin, SlackMentions.parse(payload.getText(), payload.getTeamId()));
    } catch (RuntimeException e) {
      Outages.log(LOG, "/sharewell", e);
      String apology = conversation.trouble(user, Optional.empty()).summary();
      return ctx.ack(r -> r.responseType("ephemeral").text(SlackText.escape(apology)));
    }
    profiles.refreshLater(user);
    try {
      if (reply instanceof Reply.Open open) {
        executor.execute(() -> replies.openOrExplain(open, payload.getTriggerId(), user, ctx));
        return ctx.ack();
      }
      if (reply instanceof Reply.File file) {
        executor.execute(
            () -> {
              if (!replies.file(
                  user.userId(), file.filename(), file.content(), file.message().summary())) {
                replies.explain(ctx, user, "error.file_not_sent");
              }
            });
        return ctx.ack(
            r -> r.responseType("ephemeral").text(SlackText.escape(file.message().summary())));
      }
    } catch (RejectedExecutionException e) {
      LOG.warn("/sharewell answered busy: the background queue is full");
      String busy = conversation.busy(user, Optional.empty()).summary();
      return ctx.ack(r -> r.responseType("ephemeral").text(SlackText.escape(busy)));
    }
    var message = ((Reply.Show) reply).message();
    return ctx.ack(
        r ->
            r.responseType("ephemeral")
                .text(SlackText.escape(message.summary()))
                .blocks(BlockKit.render(message)));
  }
}
