package dev.sharewell.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import dev.sharewell.chat.ChatDeliveryException;
import dev.sharewell.chat.ChatDeliveryException.Kind;
import dev.sharewell.chat.ChatGateway;
import dev.sharewell.chat.OutboundMessage;
import dev.sharewell.chat.Recipient;
import dev.sharewell.chat.SentMessage;
import dev.sharewell.member.Platform;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Sends messages through Slack's chat.postMessage; a person's id opens their DM with the bot. */
final class SlackGateway implements ChatGateway {
  private static final Set<String> GONE =
      Set.of("user_not_found", "account_inactive", "cannot_dm_bot", "user_disabled");
  private static final Set<String> TRANSIENT =
      Set.of("internal_error", "fatal_error", "service_unavailable", "request_timeout");

  private final MethodsClient client;

  SlackGateway(MethodsClient client) {
    this.client = client;
  }

  @Override
  public Platform platform() {
    return Platform.SLACK;
  }

  @Override
  public SentMessage send(Recipient recipient, OutboundMessage message) {
    String channel = recipient.userId().or(recipient::channelId).orElseThrow();
    ChatPostMessageResponse response;
    try {
      response =
          client.chatPostMessage(
              r ->
                  r.channel(channel)
                      .text(SlackText.escape(message.summary()))
                      .blocks(BlockKit.render(message)));
    } catch (SlackApiException e) {
      throw fromHttp(e);
    } catch (IOException e) {
      throw new ChatDeliveryException(Kind.TRANSIENT, "io_error");
    }
    if (!response.isOk()) {
      throw fromError(response.getError());
    }
    return new SentMessage(response.getChannel() + ":" + response.getTs());
  }

  static ChatDeliveryException fromHttp(SlackApiException e) {
    int status = e.getResponse().code();
    if (status == 429) {
      return new ChatDeliveryException(
          Kind.RATE_LIMITED, "ratelimited", retryAfter(e.getResponse().headers("Retry-After")));
    }
    if (status >= 500) {
      return new ChatDeliveryException(Kind.TRANSIENT, "http_" + status);
    }
    return new ChatDeliveryException(Kind.PERMANENT, "http_" + status);
  }

  static ChatDeliveryException fromError(String error) {
    String reason = error == null ? "unknown_error" : error;
    if (GONE.contains(reason)) {
      return new ChatDeliveryException(Kind.BLOCKED, reason);
    }
    if (reason.equals("ratelimited")) {
      return new ChatDeliveryException(Kind.RATE_LIMITED, reason);
    }
    if (TRANSIENT.contains(reason)) {
      return new ChatDeliveryException(Kind.TRANSIENT, reason);
    }
    return new ChatDeliveryException(Kind.PERMANENT, reason);
  }

  private static Optional<Duration> retryAfter(List<String> values) {
    try {
      return values.isEmpty()
          ? Optional.empty()
          : Optional.of(Duration.ofSeconds(Long.parseLong(values.get(0).trim())));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
