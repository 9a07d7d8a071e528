package dev.sharewell.common;

/** The person referred to something Sharewell does not know (an item, a member). */
public final class NotFoundException extends SharewellException {
  public NotFoundException(Message userMessage) {
    super(userMessage);
  }
}
