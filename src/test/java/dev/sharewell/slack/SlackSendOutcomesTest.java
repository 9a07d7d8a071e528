package dev.sharewell.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.sharewell.chat.ChatDeliveryException;
import dev.sharewell.chat.ChatDeliveryException.Kind;
import dev.sharewell.chat.ChatGateway;
import dev.sharewell.chat.DeliveryCheck;
import dev.sharewell.chat.OutboundMessage;
import dev.sharewell.chat.Recipient;
import dev.sharewell.identity.Platform;
import dev.sharewell.identity.PlatformUser;
import dev.sharewell.testing.FakeSlack;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the Slack gateway makes of each way chat.postMessage can fail, over HTTP against the fake
 * Web API: whether the message was certainly not sent (safe to send again), or may have been
 * (outcome unknown), or Slack asked to wait; and how a message is found again by its mark.
 */
class SlackSendOutcomesTest {
  private static final Recipient ALICE =
      Recipient.person(new PlatformUser(Platform.SLACK, FakeSlack.TEAM, "UALICE"));
  private static final OutboundMessage HELLO = OutboundMessage.text("Hello");

  private final FakeSlack slack = new FakeSlack();
  private SlackAdapter adapter;

  @BeforeEach
  void start() {
    adapter = adapterAt(slack.apiUrl());
  }

  @AfterEach
  void stop() {
    adapter.close();
    slack.close();
  }

  private static SlackAdapter adapterAt(String apiUrl) {
    return SlackAdapter.create(
        new SlackOptions("xoxb-test-token", "secret", Optional.empty(), apiUrl));
  }

  private static ChatDeliveryException refusal(ChatGateway gateway) {
    ChatDeliveryException e =
        catchThrowableOfType(ChatDeliveryException.class, () -> gateway.send(ALICE, HELLO, "42"));
    assertThat(e).as("the send failed").isNotNull();
    return e;
  }

  @Test
  void a_connection_refused_sent_nothing_and_may_be_tried_again() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    SlackAdapter nowhere = adapterAt("http://127.0.0.1:" + closedPort + "/api");
    try {
      assertThat(refusal(nowhere.gateway()).kind()).isEqualTo(Kind.TRANSIENT);
    } finally {
      nowhere.close();
    }
  }

  @Test
  void an_answer_after_the_read_timeout_leaves_the_outcome_unknown() {
    slack.slow("chat.postMessage", Duration.ofMillis(SlackAdapter.READ_TIMEOUT_MILLIS + 1_000));

    assertThat(refusal(adapter.gateway()).kind()).isEqualTo(Kind.UNKNOWN);
    assertThat(slack.successfulPostsPerChannel()).containsEntry("UALICE", 1);
  }

  @Test
  void a_connection_dropped_in_the_middle_of_the_answer_leaves_the_outcome_unknown() {
    slack.dropAnswers("chat.postMessage");

    assertThat(refusal(adapter.gateway()).kind()).isEqualTo(Kind.UNKNOWN);
    assertThat(slack.calls("chat.postMessage")).as("not sent again by the client").hasSize(1);
  }

  @Test
  void a_server_error_leaves_the_outcome_unknown_and_so_do_slacks_own_internal_errors() {
    slack.fail("chat.postMessage", 500);
    assertThat(refusal(adapter.gateway()).kind()).isEqualTo(Kind.UNKNOWN);
    slack.recover("chat.postMessage");

    slack.refuse("chat.postMessage", "internal_error");
    assertThat(refusal(adapter.gateway()).kind()).isEqualTo(Kind.UNKNOWN);
    slack.refuse("chat.postMessage", "service_unavailable");
    assertThat(refusal(adapter.gateway()).kind())
        .as("Slack says it did not take the request")
        .isEqualTo(Kind.TRANSIENT);
  }

  @Test
  void a_429_carries_its_retry_after_and_sent_nothing() {
    slack.tooManyRequests("UALICE", 120, 1);

    ChatDeliveryException e = refusal(adapter.gateway());

    assertThat(e.kind()).isEqualTo(Kind.RATE_LIMITED);
    assertThat(e.retryAfter()).contains(Duration.ofSeconds(120));
    assertThat(slack.successfulPostsPerChannel()).doesNotContainKey("UALICE");
  }

  @Test
  void a_message_of_the_outbox_is_marked_and_found_again_by_its_delivery_id() {
    ChatGateway gateway = adapter.gateway();
    gateway.send(ALICE, HELLO, "42");
    gateway.send(ALICE, OutboundMessage.text("Not a delivery"));

    assertThat(slack.calls("chat.postMessage").get(0).json("metadata").path("event_type").asText())
        .isEqualTo("sharewell_delivery");
    DeliveryCheck found = gateway.findDelivered(ALICE, "42");
    assertThat(found.result()).isEqualTo(DeliveryCheck.Result.DELIVERED);
    assertThat(found.message().orElseThrow().messageId()).startsWith("DALICE:");
    assertThat(gateway.findDelivered(ALICE, "43").result())
        .isEqualTo(DeliveryCheck.Result.NOT_DELIVERED);
  }

  @Test
  void a_lookup_slack_refuses_cannot_tell() {
    adapter.gateway().send(ALICE, HELLO, "42");

    slack.refuse("conversations.history", "missing_scope");
    assertThat(adapter.gateway().findDelivered(ALICE, "42").result())
        .isEqualTo(DeliveryCheck.Result.CANNOT_TELL);
    slack.recover("conversations.history");
    slack.fail("conversations.history", 503);
    assertThat(adapter.gateway().findDelivered(ALICE, "42").result())
        .isEqualTo(DeliveryCheck.Result.CANNOT_TELL);
  }
}
