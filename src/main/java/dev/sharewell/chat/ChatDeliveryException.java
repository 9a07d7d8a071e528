package dev.sharewell.chat;

import java.time.Duration;
import java.util.Optional;

/** A send the platform did not accept, classified so the caller knows what to do next. */
public final class ChatDeliveryException extends RuntimeException {
  /** What went wrong, from the sender's point of view. */
  public enum Kind {
    /** Too many messages: wait {@link #retryAfter()} and slow down. */
    RATE_LIMITED,
    /** A server error or a timeout: try again later. */
    TRANSIENT,
    /** The person blocked the bot or is gone: treat them as having left. */
    BLOCKED,
    /** Anything else the platform refused: do not retry. */
    PERMANENT
  }

  private final Kind kind;
  private final transient Optional<Duration> retryAfter;

  public ChatDeliveryException(Kind kind, String reason, Optional<Duration> retryAfter) {
    super(reason);
    this.kind = kind;
    this.retryAfter = retryAfter;
  }

  public ChatDeliveryException(Kind kind, String reason) {
    this(kind, reason, Optional.empty());
  }

  public Kind kind() {
    return kind;
  }

  public Optional<Duration> retryAfter() {
    return retryAfter;
  }

  /** The platform's short reason, such as {@code account_inactive}; never a message body. */
  public String reason() {
    return getMessage();
  }
}
