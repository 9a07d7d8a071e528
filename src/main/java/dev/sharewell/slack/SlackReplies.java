package dev.sharewell.slack;

import com.slack.api.bolt.context.RespondUtility;
import com.slack.api.bolt.util.Responder;
import com.slack.api.methods.MethodsClient;
import com.slack.api.model.view.View;
import dev.sharewell.chat.OutboundMessage;
import dev.sharewell.common.Language;
import dev.sharewell.common.Texts;
import dev.sharewell.conversation.Reply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Shows a reply where Slack lets us: a modal for a form, else a message to the person. */
final class SlackReplies {
  private static final Logger LOG = LoggerFactory.getLogger(SlackReplies.class);

  private final MethodsClient client;

  SlackReplies(MethodsClient client) {
    this.client = client;
  }

  /** Opens the form of an {@link Reply.Open}; returns false when Slack refused. */
  private boolean open(Reply.Open open, String triggerId) {
    View view = Modals.form(open.form(), Texts.get(open.language(), "button.cancel"));
    try {
      var response = client.viewsOpen(r -> r.triggerId(triggerId).view(view));
      if (!response.isOk()) {
        LOG.warn("views.open failed: {}", response.getError());
      }
      return response.isOk();
    } catch (Exception e) {
      LOG.warn("views.open failed: {}", e.getClass().getSimpleName());
      return false;
    }
  }

  /**
   * Opens the form, or, when Slack would not (an error, a timeout, a 429: the trigger has expired
   * by the time a retry could go out), tells the person through the response url that it did not
   * open.
   */
  void openOrExplain(Reply.Open open, String triggerId, RespondUtility ctx) {
    if (!open(open, triggerId)) {
      explain(ctx, open.language(), "error.form_not_opened");
    }
  }

  /**
   * Puts the file of a {@link Reply.File} into the person's DM with the bot, or, when Slack would
   * not take it, tells them through the response url that it was not sent.
   */
  void fileOrExplain(Reply.File file, String userId, RespondUtility ctx) {
    if (!file(userId, file.filename(), file.content(), file.message().summary())) {
      explain(ctx, file.language(), "error.file_not_sent");
    }
  }

  /**
   * Says {@code key} to the person, privately, through the response url of their command or button;
   * failing that, logs it. Never throws.
   */
  private void explain(RespondUtility ctx, Language language, String key) {
    respond(ctx, OutboundMessage.text(Texts.get(language, key)));
  }

  /** Posts {@code message} to the response url, privately; false when Slack did not take it. */
  boolean respond(RespondUtility ctx, OutboundMessage message) {
    if (ctx.getResponseUrl() == null) {
      return false;
    }
    if (ctx.getResponder() == null) {
      ctx.setResponder(new Responder(ctx.getSlack(), ctx.getResponseUrl()));
    }
    try {
      var response =
          ctx.getResponder()
              .sendToAction(
                  r ->
                      r.responseType("ephemeral")
                          .replaceOriginal(false)
                          .text(SlackText.escape(message.summary()))
                          .blocks(BlockKit.render(message)));
      if (response.getCode() != 200) {
        LOG.warn("The response url answered {}", response.getCode());
        return false;
      }
      return true;
    } catch (Exception e) {
      LOG.warn("The response url failed: {}", e.getClass().getSimpleName());
      return false;
    }
  }

  /** Sends a message to the person's DM with the bot; false when Slack did not take it. */
  boolean direct(String userId, OutboundMessage message) {
    try {
      var response =
          client.chatPostMessage(
              r ->
                  r.channel(userId)
                      .text(SlackText.escape(message.summary()))
                      .blocks(BlockKit.render(message)));
      if (!response.isOk()) {
        LOG.warn("chat.postMessage failed: {}", response.getError());
      }
      return response.isOk();
    } catch (Exception e) {
      LOG.warn("chat.postMessage failed: {}", e.getClass().getSimpleName());
      return false;
    }
  }

  /**
   * Puts a file into the person's DM with the bot (files upload v2), with a comment; false when
   * Slack did not take it.
   */
  private boolean file(String userId, String filename, String content, String comment) {
    try {
      var opened = client.conversationsOpen(r -> r.users(java.util.List.of(userId)));
      if (!opened.isOk()) {
        LOG.warn("conversations.open failed: {}", opened.getError());
        return false;
      }
      var uploaded =
          client.filesUploadV2(
              r ->
                  r.channel(opened.getChannel().getId())
                      .filename(filename)
                      .title(filename)
                      .content(content)
                      .initialComment(SlackText.escape(comment)));
      if (!uploaded.isOk()) {
        LOG.warn("files upload failed: {}", uploaded.getError());
      }
      return uploaded.isOk();
    } catch (Exception e) {
      LOG.warn("files upload failed: {}", e.getClass().getSimpleName());
      return false;
    }
  }
}
