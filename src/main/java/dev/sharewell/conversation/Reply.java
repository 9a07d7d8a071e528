package dev.sharewell.conversation;

import dev.sharewell.chat.Form;
import dev.sharewell.chat.OutboundMessage;
import java.util.Set;

/** The answer to a command or a button: a message for the person, or a form to fill in. */
public sealed interface Reply {

  /** Show this message to the person who asked. */
  record Show(OutboundMessage message) implements Reply {}

  /** Open this form for the person who asked. */
  record Open(Form form) implements Reply {}

  /**
   * Give the person this file, with a message saying what it is; {@code about} are the ids of the
   * members whose data it holds, so a copy kept for download goes when one of them is forgotten.
   */
  record File(OutboundMessage message, String filename, String content, Set<Long> about)
      implements Reply {}
}
