package dev.sharewell.conversation;

import dev.sharewell.chat.Form;
import dev.sharewell.chat.OutboundMessage;
import java.util.Map;

/** What happens after a form is submitted. */
public sealed interface FormResult {

  /** Show the form again with these messages (already in the person's language) by field id. */
  record Invalid(Map<String, String> errors) implements FormResult {
    public Invalid {
      errors = Map.copyOf(errors);
    }
  }

  /** Done: show this confirmation in place of the form. */
  record Done(OutboundMessage confirmation) implements FormResult {}

  /** Replace the form by another one (a second step). */
  record Next(Form form) implements FormResult {}
}
