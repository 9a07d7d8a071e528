package dev.sharewell.conversation;

import dev.sharewell.chat.Form;
import dev.sharewell.chat.OutboundMessage;
import dev.sharewell.common.Language;
import java.util.Set;
import java.util.function.Function;

/**
 * The answer to a command or a button: a message for the person, a form to fill in, or a file. Each
 * carries the language it is in, for the words an adapter adds around it (a Cancel button, an
 * apology when the platform fails), so no adapter asks the core again.
 */
public sealed interface Reply {

  /** The person's language, the one the reply is written in. */
  Language language();

  /**
   * The one way to take a reply apart: one function per kind, so a new kind does not compile until
   * every adapter handles it.
   */
  <R> R fold(
      Function<? super Show, ? extends R> show,
      Function<? super Open, ? extends R> open,
      Function<? super File, ? extends R> file);

  /** Show this message to the person who asked. */
  record Show(OutboundMessage message, Language language) implements Reply {
    @Override
    public <R> R fold(
        Function<? super Show, ? extends R> show,
        Function<? super Open, ? extends R> open,
        Function<? super File, ? extends R> file) {
      return show.apply(this);
    }
  }

  /** Open this form for the person who asked. */
  record Open(Form form, Language language) implements Reply {
    @Override
    public <R> R fold(
        Function<? super Show, ? extends R> show,
        Function<? super Open, ? extends R> open,
        Function<? super File, ? extends R> file) {
      return open.apply(this);
    }
  }

  /**
   * Give the person this file, with a message saying what it is. {@code ownerId} is the member who
   * asked for it; {@code about} are the ids of the members whose data it holds, so a copy kept for
   * download goes when one of them is forgotten.
   */
  record File(
      OutboundMessage message,
      String filename,
      String content,
      long ownerId,
      Set<Long> about,
      Language language)
      implements Reply {
    @Override
    public <R> R fold(
        Function<? super Show, ? extends R> show,
        Function<? super Open, ? extends R> open,
        Function<? super File, ? extends R> file) {
      return file.apply(this);
    }
  }
}
