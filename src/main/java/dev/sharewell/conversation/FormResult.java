package dev.sharewell.conversation;

import dev.sharewell.chat.Form;
import dev.sharewell.chat.OutboundMessage;
import dev.sharewell.common.Language;
import java.util.Map;
import java.util.function.Function;

/**
 * What happens after a form is submitted. Each result carries the person's language, for the words
 * an adapter adds around it (Cancel, Close, "please correct the fields").
 */
public sealed interface FormResult {

  /** The person's language, the one the result is written in. */
  Language language();

  /**
   * The one way to take a result apart: one function per kind, so a new kind does not compile until
   * every adapter handles it.
   */
  <R> R fold(
      Function<? super Invalid, ? extends R> invalid,
      Function<? super Done, ? extends R> done,
      Function<? super Next, ? extends R> next);

  /** Show the form again with these messages (already in the person's language) by field id. */
  record Invalid(Map<String, String> errors, Language language) implements FormResult {
    public Invalid {
      errors = Map.copyOf(errors);
    }

    @Override
    public <R> R fold(
        Function<? super Invalid, ? extends R> invalid,
        Function<? super Done, ? extends R> done,
        Function<? super Next, ? extends R> next) {
      return invalid.apply(this);
    }
  }

  /** Done: show this confirmation in place of the form. */
  record Done(OutboundMessage confirmation, Language language) implements FormResult {
    @Override
    public <R> R fold(
        Function<? super Invalid, ? extends R> invalid,
        Function<? super Done, ? extends R> done,
        Function<? super Next, ? extends R> next) {
      return done.apply(this);
    }
  }

  /** Replace the form by another one (a second step). */
  record Next(Form form, Language language) implements FormResult {
    @Override
    public <R> R fold(
        Function<? super Invalid, ? extends R> invalid,
        Function<? super Done, ? extends R> done,
        Function<? super Next, ? extends R> next) {
      return next.apply(this);
    }
  }
}
