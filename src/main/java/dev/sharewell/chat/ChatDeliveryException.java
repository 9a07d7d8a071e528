package dev.sharewell.chat;

import java.time.Duration;
import java.util.Optional;

/** A send the platform did not accept, classified so the caller knows what to do next. */
public final class ChatDeliveryException extends RuntimeException {
  /** What went wrong, from the sender's point of view. */
  public enum Kind {
    /** Too many messages: wait {@link #retryAfter()} and slow down. */
    RATE_LIMITED,
    /**
     * Not sent (refused before a byte was written, or the platform said it is busy): safe to try
     * again later.
     */
    TRANSIENT,
    /**
     * The request went out but no answer says whether the platform took it (an answer too late, a
     * server error, a connection lost halfway): sending it again might deliver it twice.
     */
    UNKNOWN,
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
