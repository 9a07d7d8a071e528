package dev.sharewell.slack;

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

  /** Sends a message to the person's DM with the bot. */
  void direct(String userId, OutboundMessage message) {
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
    } catch (Exception e) {
      LOG.warn("chat.postMessage failed: {}", e.getClass().getSimpleName());
    }
  }

  /** Puts a file into the person's DM with the bot (files upload v2), with a comment. */
  void file(String userId, String filename, String content, String comment) {
    try {
      var opened = client.conversationsOpen(r -> r.users(java.util.List.of(userId)));
      if (!opened.isOk()) {
        LOG.warn("conversations.open failed: {}", opened.getError());
        return;
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
    } catch (Exception e) {
      LOG.warn("files upload failed: {}", e.getClass().getSimpleName());
    }
  }

  static OutboundMessage failure(Language language) {
    return OutboundMessage.text(Texts.get(language, "error.internal"));
  }
}
