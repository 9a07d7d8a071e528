package dev.sharewell.teams;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Serialization;
import dev.sharewell.chat.Form;
import dev.sharewell.chat.OutboundMessage;
import dev.sharewell.common.Texts;
import dev.sharewell.conversation.Conversation;
import dev.sharewell.conversation.FormResult;
import dev.sharewell.conversation.Origin;
import dev.sharewell.conversation.Reply;
import dev.sharewell.store.Outages;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A button pressed or a form submitted on a card (Action.Submit arrives as a message with a value).
 * A form on a card of its own turns into its outcome, or comes back with the errors under the
 * fields; a form inside another card (the digest) answers with a new message and leaves the card.
 */
final class SubmitListener {
  private static final Logger LOG = LoggerFactory.getLogger(SubmitListener.class);

  private final Conversation conversation;
  private final TurnReplies replies;

  SubmitListener(Conversation conversation, TurnReplies replies) {
    this.conversation = conversation;
    this.replies = replies;
  }

  CompletableFuture<Void> onSubmit(TurnContext turn) {
    try {
      Origin origin = TeamsPeople.origin(turn);
      Optional<CardSubmission> submission =
          CardSubmission.read(Serialization.objectToTree(turn.getActivity().getValue()));
      if (submission.isEmpty()) {
        // Not one of Sharewell's cards: answered like a button that is not known (any more).
        return replies.answer(turn, origin, conversation.press(origin, "", ""));
      }
      CardSubmission card = submission.get();
      if (!card.isForm()) {
        Reply reply = conversation.press(origin, card.action(), card.contentId().orElse(""));
        return replies.answer(turn, origin, reply);
      }
      return submit(turn, origin, card);
    } catch (RuntimeException e) {
      Outages.log(LOG, "A Teams card submission", e);
      return replies.failure(turn, conversation);
    }
  }

  private CompletableFuture<Void> submit(TurnContext turn, Origin origin, CardSubmission card) {
    FormResult result = conversation.submit(origin, card.action(), card.contentId(), card.values());
    return result.fold(
        invalid -> invalid(turn, origin, card, invalid),
        done -> {
          OutboundMessage confirmation = done.confirmation();
          return place(
              turn, card, replies.messageCard(origin, confirmation), confirmation.summary());
        },
        next -> {
          Form form = next.form();
          return place(turn, card, FormCards.render(form, FormCards.State.fresh()), form.title());
        });
  }

  /** The form again, with what was entered and each error under its field. */
  private CompletableFuture<Void> invalid(
      TurnContext turn, Origin origin, CardSubmission card, FormResult.Invalid invalid) {
    String problem = Texts.get(invalid.language(), "error.invalid");
    Optional<Form> form = conversation.form(origin, card.action(), card.contentId());
    if (form.isEmpty()) {
      OutboundMessage message =
          OutboundMessage.builder(problem)
              .paragraph(problem)
              .paragraph(String.join("\n", invalid.errors().values()))
              .build();
      return replies.show(turn, origin, message);
    }
    FormCards.State state =
        new FormCards.State(card.values().values(), invalid.errors(), Optional.of(problem));
    // An inline form comes back as a card of its own: the digest around it stays as it was.
    return place(turn, card, FormCards.render(form.get(), state), form.get().title());
  }

  private CompletableFuture<Void> place(
      TurnContext turn, CardSubmission card, ObjectNode replacement, String summary) {
    return card.inline()
        ? replies.send(turn, replacement, summary)
        : replies.replace(turn, replacement, summary);
  }
}
