package dev.sharewell.chat;

import java.util.Objects;
import java.util.Optional;

/**
 * What the platform says about an earlier send whose outcome was unknown: it arrived (with the
 * platform's id for it), it did not, or the platform cannot tell.
 */
public record DeliveryCheck(Result result, Optional<SentMessage> message) {
  /** The three answers a platform can give. */
  public enum Result {
    DELIVERED,
    NOT_DELIVERED,
    CANNOT_TELL
  }

  public DeliveryCheck {
    Objects.requireNonNull(result, "result");
    if ((result == Result.DELIVERED) != message.isPresent()) {
      throw new IllegalArgumentException("a delivered message, and only that, has an id");
    }
  }

  public static DeliveryCheck delivered(SentMessage message) {
    return new DeliveryCheck(Result.DELIVERED, Optional.of(message));
  }

  public static DeliveryCheck notDelivered() {
    return new DeliveryCheck(Result.NOT_DELIVERED, Optional.empty());
  }

  public static DeliveryCheck cannotTell() {
    return new DeliveryCheck(Result.CANNOT_TELL, Optional.empty());
  }
}
