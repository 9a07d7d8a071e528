package dev.sharewell.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.model.Message;
import dev.sharewell.chat.ChatDeliveryException;
import dev.sharewell.chat.ChatDeliveryException.Kind;
import dev.sharewell.chat.ChatGateway;
import dev.sharewell.chat.DeliveryCheck;
import dev.sharewell.chat.OutboundMessage;
import dev.sharewell.chat.Recipient;
import dev.sharewell.chat.SentMessage;
import dev.sharewell.http.UnknownOutcomes;
import dev.sharewell.identity.Platform;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Sends messages through Slack's chat.postMessage; a person's id opens their DM with the bot. A
 * message of the outbox carries its delivery id in the message metadata, so that after a send whose
 * outcome is unknown it can be looked for ({@link SlackDeliveryLookup}) instead of resent.
 */
final class SlackGateway implements ChatGateway {
  /** The metadata event type of every message of the outbox (digests, check-ins, invitations). */
  static final String EVENT_TYPE = "sharewell_delivery";

  static final String DELIVERY_ID = "delivery_id";

  private static final Set<String> GONE =
      Set.of("user_not_found", "account_inactive", "cannot_dm_bot", "user_disabled");
  private static final Set<String> TRANSIENT =
      Set.of("internal_error", "fatal_error", "service_unavailable", "request_timeout");

  /** Errors after which Slack says some of the operation may have succeeded. */
  private static final Set<String> MAY_HAVE_POSTED = Set.of("internal_error", "fatal_error");

  private final MethodsClient client;
  private final SlackDeliveryLookup lookup;

  SlackGateway(MethodsClient client) {
    this.client = client;
    this.lookup = new SlackDeliveryLookup(client);
  }

  @Override
  public Platform platform() {
    return Platform.SLACK;
  }

  @Override
  public SentMessage send(Recipient recipient, OutboundMessage message) {
    return post(recipient, message, Optional.empty());
  }

  @Override
  public SentMessage send(Recipient recipient, OutboundMessage message, String deliveryId) {
    return post(recipient, message, Optional.of(deliveryId));
  }

  @Override
  public boolean canFindDelivered(Platform platform) {
    return platform == Platform.SLACK;
  }

  @Override
  public DeliveryCheck findDelivered(Recipient recipient, String deliveryId) {
    return lookup.find(recipient, deliveryId);
  }

  private SentMessage post(Recipient recipient, OutboundMessage message, Optional<String> mark) {
    String channel = recipient.userId().or(recipient::channelId).orElseThrow();
    ChatPostMessageResponse response;
    try {
      response =
          client.chatPostMessage(
              r -> {
                r.channel(channel)
                    .text(SlackText.escape(message.summary()))
                    .blocks(BlockKit.render(message));
                mark.ifPresent(id -> r.metadata(metadata(id)));
                return r;
              });
    } catch (SlackApiException e) {
      throw whenPosting(fromHttp(e));
    } catch (IOException e) {
      if (UnknownOutcomes.isOutcomeUnknown(e)) {
        throw new ChatDeliveryException(Kind.UNKNOWN, "no_complete_answer");
      }
      throw new ChatDeliveryException(Kind.TRANSIENT, "io_error");
    }
    if (!response.isOk()) {
      throw whenPosting(fromError(response.getError()));
    }
    return new SentMessage(response.getChannel() + ":" + response.getTs());
  }

  private static Message.Metadata metadata(String deliveryId) {
    return Message.Metadata.builder()
        .eventType(EVENT_TYPE)
        .eventPayload(Map.of(DELIVERY_ID, deliveryId))
        .build();
  }

  /**
   * A server error answering a post does not say the message was not posted: it may have been.
   * Reading methods (conversations.members) keep {@link #fromHttp}'s plain classification.
   */
  private static ChatDeliveryException whenPosting(ChatDeliveryException e) {
    boolean serverError = e.reason().startsWith("http_5");
    if (e.kind() == Kind.TRANSIENT && (serverError || MAY_HAVE_POSTED.contains(e.reason()))) {
      return new ChatDeliveryException(Kind.UNKNOWN, e.reason());
    }
    return e;
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
