package dev.sharewell.teams;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import dev.sharewell.chat.Action;
import dev.sharewell.chat.ChatDeliveryException;
import dev.sharewell.chat.FileLinks;
import dev.sharewell.chat.OutboundMessage;
import dev.sharewell.common.Language;
import dev.sharewell.common.Texts;
import dev.sharewell.conversation.Conversation;
import dev.sharewell.conversation.Origin;
import dev.sharewell.conversation.Reply;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Answers within a turn: a message or a form as a card, sent new or put in place of a card. */
final class TurnReplies {
  private static final Logger LOG = LoggerFactory.getLogger(TurnReplies.class);

  /** The longest Retry-After a reply waits for before it is sent again. */
  static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(3);

  private final InlineForms inlineForms;
  private final FileLinks files;

  TurnReplies(InlineForms inlineForms, FileLinks files) {
    this.inlineForms = inlineForms;
    this.files = files;
  }

  /** Answers a command or a button with the core's reply, whichever kind it is. */
  CompletableFuture<Void> answer(TurnContext turn, Origin origin, Reply reply) {
    return reply.fold(
        shown -> show(turn, origin, shown.message()),
        open ->
            send(turn, FormCards.render(open.form(), FormCards.State.fresh()), open.form().title()),
        file -> show(turn, origin, withDownload(file)));
  }

  CompletableFuture<Void> show(TurnContext turn, Origin origin, OutboundMessage message) {
    return send(turn, messageCard(origin, message), message.summary());
  }

  /** A bot cannot attach a file in Teams: the message gets a button that downloads it. */
  private OutboundMessage withDownload(Reply.File file) {
    String link = files.link(file.ownerId(), file.filename(), file.content(), file.about());
    String summary = file.message().summary();
    return OutboundMessage.builder(summary)
        .paragraph(summary)
        .actions(List.of(new Action.Link(Texts.get(file.language(), "button.download"), link)))
        .note(Texts.get(file.language(), "download.expires"))
        .build();
  }

  ObjectNode messageCard(Origin origin, OutboundMessage message) {
    return MessageCards.render(message, inlineForms.forMessage(origin, message));
  }

  /**
   * Sends {@code card} as a new message. A 429 is tried once more after the Retry-After Teams asks
   * for, when that is short enough for the person to still be waiting ({@link #MAX_RETRY_AFTER});
   * the SDK itself already retries 5xx answers.
   */
  CompletableFuture<Void> send(TurnContext turn, ObjectNode card, String summary) {
    return sendOnce(turn, card, summary)
        .handle(
            (sent, error) -> {
              if (error == null) {
                return CompletableFuture.<Void>completedFuture(null);
              }
              ChatDeliveryException failure = DeliveryErrors.classify(error);
              Duration wait = failure.retryAfter().orElse(Duration.ofSeconds(1));
              if (failure.kind() != ChatDeliveryException.Kind.RATE_LIMITED
                  || wait.compareTo(MAX_RETRY_AFTER) > 0) {
                return CompletableFuture.<Void>failedFuture(error);
              }
              LOG.info(
                  "Teams asked to slow down; the reply is sent again in {} ms", wait.toMillis());
              Executor later =
                  CompletableFuture.delayedExecutor(wait.toMillis(), TimeUnit.MILLISECONDS);
              return CompletableFuture.runAsync(() -> {}, later)
                  .thenCompose(ignored -> sendOnce(turn, card, summary));
            })
        .thenCompose(next -> next);
  }

  private static CompletableFuture<Void> sendOnce(
      TurnContext turn, ObjectNode card, String summary) {
    return turn.sendActivity(Cards.activity(card, summary)).thenApply(sent -> null);
  }

  /**
   * Puts {@code card} in place of the card the person pressed a button on (a form turning into its
   * outcome, or coming back with errors); sends it as a new message when that card cannot be
   * updated.
   */
  CompletableFuture<Void> replace(TurnContext turn, ObjectNode card, String summary) {
    String pressed = turn.getActivity().getReplyToId();
    if (pressed == null || pressed.isBlank()) {
      return send(turn, card, summary);
    }
    Activity update = Cards.activity(card, summary);
    update.setId(pressed);
    return turn.updateActivity(update)
        .handle(
            (updated, error) -> {
              if (error == null) {
                return CompletableFuture.<Void>completedFuture(null);
              }
              LOG.info(
                  "A Teams card could not be updated ({}); sending it anew",
                  DeliveryErrors.describe(error));
              return send(turn, card, summary);
            })
        .thenCompose(next -> next);
  }

  /**
   * The apology a person sees when something broke, in their language as far as it is known without
   * the database (which may be what broke); the details stay in the log.
   */
  CompletableFuture<Void> failure(TurnContext turn, Conversation conversation) {
    OutboundMessage message;
    try {
      message =
          conversation
              .apology(TeamsPeople.sender(turn.getActivity()), TeamsPeople.locale(turn))
              .message();
    } catch (RuntimeException e) {
      // An activity too malformed to tell who sent it.
      message = OutboundMessage.text(Texts.get(Language.EN, "error.internal"));
    }
    return send(turn, MessageCards.render(message, Map.of()), message.summary());
  }
}
