package dev.sharewell.teams;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sharewell.chat.ChatDeliveryException;
import dev.sharewell.chat.ChatDeliveryException.Kind;
import java.io.IOException;
import java.net.ConnectException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class DeliveryErrorsTest {
  @Test
  void a_403_is_blocked_only_when_teams_says_the_person_blocked_the_bot() {
    assertThat(
            DeliveryErrors.fromStatus(
                    403,
                    "Status code 403, {\"error\":{\"code\":\"Forbidden\",\"subCode\":\"MessageWritesBlocked\"}}",
                    null)
                .kind())
        .isEqualTo(Kind.BLOCKED);
    assertThat(
            DeliveryErrors.fromStatus(
                    403, "{\"error\":{\"code\":\"BotNotInConversationRoster\"}}", null)
                .kind())
        .isEqualTo(Kind.PERMANENT);
  }

  @Test
  void statuses_worth_retrying_are_transient_and_the_rest_permanent() {
    for (int status : new int[] {408, 412, 500, 502, 503, 504}) {
      assertThat(DeliveryErrors.fromStatus(status, "", null).kind())
          .as("%d", status)
          .isEqualTo(Kind.TRANSIENT);
    }
    for (int status : new int[] {400, 401, 404, 501}) {
      assertThat(DeliveryErrors.fromStatus(status, "", null).kind())
          .as("%d", status)
          .isEqualTo(Kind.PERMANENT);
    }
  }

  @Test
  void retry_after_is_read_in_seconds_or_as_a_date() {
    assertThat(DeliveryErrors.fromStatus(429, "", "7").retryAfter())
        .contains(Duration.ofSeconds(7));
    String inAMinute =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now().plusSeconds(60));
    assertThat(DeliveryErrors.retryAfter(inAMinute).orElseThrow())
        .isBetween(Duration.ofSeconds(50), Duration.ofSeconds(61));
    assertThat(DeliveryErrors.retryAfter("soon")).isEmpty();
    assertThat(DeliveryErrors.retryAfter(null)).isEmpty();
  }

  @Test
  void wrapped_io_failures_are_transient_and_the_wrappers_are_seen_through() {
    Throwable wrapped =
        new CompletionException(new CompletionException(new ConnectException("refused")));
    ChatDeliveryException classified = DeliveryErrors.classify(wrapped);
    assertThat(classified.kind()).isEqualTo(Kind.TRANSIENT);
    assertThat(DeliveryErrors.unwrap(wrapped)).isInstanceOf(IOException.class);
    assertThat(DeliveryErrors.classify(new IllegalStateException("x")).kind())
        .isEqualTo(Kind.PERMANENT);
  }
}
