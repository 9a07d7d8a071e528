package dev.sharewell.slack;

import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.handler.builtin.ViewSubmissionHandler;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import dev.sharewell.chat.OutboundMessage;
import dev.sharewell.common.Language;
import dev.sharewell.common.Texts;
import dev.sharewell.conversation.Conversation;
import dev.sharewell.conversation.FormResult;
import dev.sharewell.conversation.FormValues;
import dev.sharewell.conversation.Origin;
import dev.sharewell.conversation.Reply;
import dev.sharewell.store.Outages;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Modal submissions. Invalid input comes back as field errors ({@code response_action: errors}); a
 * finished form turns into a modal showing the outcome.
 */
final class ViewListener implements ViewSubmissionHandler {
  private static final Logger LOG = LoggerFactory.getLogger(ViewListener.class);

  private final Conversation conversation;

  ViewListener(Conversation conversation) {
    this.conversation = conversation;
  }

  @Override
  public Response apply(ViewSubmissionRequest request, ViewSubmissionContext ctx) {
    ViewSubmissionPayload payload = request.getPayload();
    View view = payload.getView();
    Origin origin = SlackPeople.origin(payload);
    String title = view.getTitle() == null ? "Sharewell" : view.getTitle().getText();
    try {
      FormResult result =
          conversation.submit(
              origin,
              view.getCallbackId(),
              Optional.ofNullable(view.getPrivateMetadata()).filter(m -> !m.isBlank()),
              values(view.getState()));
      return result.fold(
          invalid -> ctx.ackWithErrors(invalid.errors()),
          done -> ctx.ackWithUpdate(outcome(title, done.confirmation(), done.language())),
          next ->
              ctx.ackWithUpdate(
                  Modals.form(next.form(), Texts.get(next.language(), "button.cancel"))));
    } catch (RuntimeException e) {
      Outages.log(LOG, "Form " + view.getCallbackId(), e);
      Reply.Show apology = conversation.apology(origin.user(), Optional.empty());
      // Under the first field, so the form stays open with what was typed, ready to send again.
      Optional<String> firstField = firstField(view.getState());
      if (firstField.isPresent()) {
        return ctx.ackWithErrors(Map.of(firstField.get(), apology.message().summary()));
      }
      return ctx.ackWithUpdate(outcome(title, apology.message(), apology.language()));
    }
  }

  /** A modal with {@code message} and a Close button in the person's language. */
  private static View outcome(String title, OutboundMessage message, Language language) {
    return Modals.result(title, message, Texts.get(language, "button.close"));
  }

  private static Optional<String> firstField(ViewState state) {
    if (state == null || state.getValues() == null) {
      return Optional.empty();
    }
    return state.getValues().keySet().stream().findFirst();
  }

  /** The submitted values by block id: text, chosen options, dates and times alike. */
  static FormValues values(ViewState state) {
    Map<String, List<String>> values = new HashMap<>();
    if (state == null || state.getValues() == null) {
      return new FormValues(values);
    }
    state
        .getValues()
        .forEach(
            (blockId, actions) ->
                actions.values().forEach(value -> values.put(blockId, read(value))));
    return new FormValues(values);
  }

  private static List<String> read(ViewState.Value value) {
    List<String> out = new ArrayList<>();
    if (value.getSelectedOptions() != null) {
      value.getSelectedOptions().forEach(o -> out.add(o.getValue()));
    } else if (value.getSelectedOption() != null) {
      out.add(value.getSelectedOption().getValue());
    } else if (value.getSelectedDate() != null) {
      out.add(value.getSelectedDate());
    } else if (value.getSelectedTime() != null) {
      out.add(value.getSelectedTime());
    } else if (value.getValue() != null) {
      out.add(value.getValue());
    }
    return out;
  }
}
