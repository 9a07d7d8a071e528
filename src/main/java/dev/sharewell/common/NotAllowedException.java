package dev.sharewell.common;

/** The person asked for something their roles do not allow; nothing was changed. */
public final class NotAllowedException extends SharewellException {
  public NotAllowedException(Message userMessage) {
    super(userMessage);
  }
}
