package dev.sharewell.slack;

import com.slack.api.bolt.context.RespondUtility;
import com.slack.api.bolt.util.Responder;
import com.slack.api.methods.MethodsClient;
import com.slack.api.model.view.View;
import dev.sharewell.chat.OutboundMessage;
import dev.sharewell.common.Language;
import dev.sharewell.common.Texts;
import dev.sharewell.conversation.Conversation;
import dev.sharewell.conversation.Reply;
import dev.sharewell.identity.PlatformUser;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Shows a reply where Slack lets us: a modal for a form, else a message to the person. */
final class SlackReplies {
  private static final Logger LOG = LoggerFactory.getLogger(SlackReplies.class);

  private final MethodsClient client;
  private final Conversation conversation;

  SlackReplies(MethodsClient client, Conversation conversation) {
    this.client = client;
    this.conversation = conversation;
  }

  /** Opens the form of an {@link Reply.Open}; returns false when Slack refused. */
  boolean open(Reply.Open open, String triggerId, Language language) {
    View view = Modals.form(open.form(), Texts.get(language, "button.cancel"));
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
  void openOrExplain(Reply.Open open, String triggerId, PlatformUser user, RespondUtility ctx) {
    Language language = conversation.knownLanguage(user, Optional.empty());
    if (!open(open, triggerId, language)) {
      explain(ctx, user, "error.form_not_opened");
    }
  }

  /**
   * Says {@code key} to the person, privately, through the response url of their command or button;
   * failing that, logs it. Never throws.
   */
  void explain(RespondUtility ctx, PlatformUser user, String key) {
    String text = Texts.get(conversation.knownLanguage(user, Optional.empty()), key);
    respond(ctx, OutboundMessage.text(text));
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
  boolean file(String userId, String filename, String content, String comment) {
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
