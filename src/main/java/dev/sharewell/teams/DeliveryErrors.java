package dev.sharewell.teams;

import com.microsoft.bot.restclient.RestException;
import dev.sharewell.chat.ChatDeliveryException;
import dev.sharewell.chat.ChatDeliveryException.Kind;
import dev.sharewell.http.UnknownOutcomes;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Classifies what went wrong talking to the Bot Connector, so the core knows whether to retry, slow
 * down or stop writing to a person, and whether a message may have arrived although the call failed
 * ({@link #whenSending}). The SDK's own retries are off (SdkAdapter); backing off is left to the
 * caller.
 */
final class DeliveryErrors {
  /** 403 codes that mean the person blocked the bot; Teams names them in the error body. */
  private static final Set<String> BLOCKED =
      Set.of("MessageWritesBlocked", "ConversationBlockedByUser");

  private static final Set<Integer> TRANSIENT = Set.of(408, 412, 500, 502, 503, 504);

  private DeliveryErrors() {}

  /** The cause under the SDK's CompletionException wrappers (often two deep). */
  static Throwable unwrap(Throwable error) {
    Throwable t = error;
    while ((t instanceof CompletionException || t instanceof ExecutionException)
        && t.getCause() != null
        && t.getCause() != t) {
      t = t.getCause();
    }
    return t;
  }

  static ChatDeliveryException classify(Throwable error) {
    Throwable cause = unwrap(error);
    if (cause instanceof ChatDeliveryException delivery) {
      return delivery;
    }
    if (cause instanceof RestException rest && rest.response() != null) {
      int status = rest.response().code();
      // The subCode is not in the SDK's error model: only the raw body in the message has it.
      String text = rest.getMessage() == null ? "" : rest.getMessage();
      return fromStatus(status, text, rest.response().headers().get("Retry-After"));
    }
    if (UnknownOutcomes.isOutcomeUnknown(cause)) {
      return new ChatDeliveryException(Kind.UNKNOWN, "no_complete_answer");
    }
    if (cause instanceof IOException) {
      return new ChatDeliveryException(Kind.TRANSIENT, "io_error");
    }
    if (cause instanceof TokenClient.TokenException) {
      return new ChatDeliveryException(Kind.TRANSIENT, "token_unavailable");
    }
    return new ChatDeliveryException(Kind.PERMANENT, cause.getClass().getSimpleName());
  }

  /**
   * A failure of a call that posts a message: a server error does not say the message was not
   * posted, so it may have been (its outcome is unknown). 408 and 412 say the request was not
   * taken; reading calls keep {@link #classify}'s plain classification.
   */
  static ChatDeliveryException whenSending(ChatDeliveryException e) {
    if (e.kind() == Kind.TRANSIENT && e.reason().startsWith("http_5")) {
      return new ChatDeliveryException(Kind.UNKNOWN, e.reason());
    }
    return e;
  }

  /**
   * A failure of a call that posts nothing a person sees (opening a personal chat): repeating it is
   * harmless, so even an unknown outcome is only worth another try.
   */
  static ChatDeliveryException whenNotSending(ChatDeliveryException e) {
    return e.kind() == Kind.UNKNOWN ? new ChatDeliveryException(Kind.TRANSIENT, e.reason()) : e;
  }

  /** An HTTP answer of the connector: its status, error body (or message) and Retry-After. */
  static ChatDeliveryException fromStatus(int status, String errorText, String retryAfter) {
    if (status == 403) {
      for (String code : BLOCKED) {
        if (errorText.contains("\"" + code + "\"")) {
          return new ChatDeliveryException(Kind.BLOCKED, code);
        }
      }
    }
    if (status == 429) {
      return new ChatDeliveryException(Kind.RATE_LIMITED, "http_429", retryAfter(retryAfter));
    }
    if (TRANSIENT.contains(status)) {
      return new ChatDeliveryException(Kind.TRANSIENT, "http_" + status);
    }
    return new ChatDeliveryException(Kind.PERMANENT, "http_" + status);
  }

  /** Retry-After in seconds, or as an HTTP date. */
  static Optional<Duration> retryAfter(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(value.trim()))));
    } catch (NumberFormatException e) {
      try {
        Instant at =
            ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        Duration wait = Duration.between(Instant.now(), at);
        return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
      } catch (DateTimeParseException notADate) {
        return Optional.empty();
      }
    }
  }

  /** For logs: what failed, never a message body. */
  static String describe(Throwable error) {
    Throwable cause = unwrap(error);
    if (cause instanceof RestException rest && rest.response() != null) {
      return "HTTP " + rest.response().code() + " " + classify(cause).reason();
    }
    return cause.getClass().getSimpleName();
  }
}
