package dev.sharewell.common;

/**
 * A refusal the core explains to a person: bad input, a missing role, an unknown item. It carries a
 * {@link Message}, never a stack trace, to whoever asked.
 */
public class SharewellException extends RuntimeException {
  private final transient Message userMessage;

  public SharewellException(Message userMessage) {
    super(userMessage.in(Language.EN), null, false, false);
    this.userMessage = userMessage;
  }

  public Message userMessage() {
    return userMessage;
  }
}
