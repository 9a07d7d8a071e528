package dev.sharewell.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.conversations.ConversationsHistoryResponse;
import com.slack.api.methods.response.conversations.ConversationsOpenResponse;
import com.slack.api.model.Message;
import dev.sharewell.chat.DeliveryCheck;
import dev.sharewell.chat.Recipient;
import dev.sharewell.chat.SentMessage;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Looks for an outbox message in its conversation by the delivery id in its metadata: the last
 * {@value #LOOK_BACK} messages of the DM (conversations.open gives its id) or channel, read with
 * conversations.history and include_all_metadata (scope im:history for DMs). Any failure of the
 * lookup itself (missing_scope, a 5xx, no answer) means "cannot tell": nothing is resent then.
 */
final class SlackDeliveryLookup {
  private static final Logger LOG = LoggerFactory.getLogger(SlackDeliveryLookup.class);

  /** Enough for the few messages a member and the bot exchange in the minutes of a back-off. */
  static final int LOOK_BACK = 20;

  private final MethodsClient client;

  SlackDeliveryLookup(MethodsClient client) {
    this.client = client;
  }

  DeliveryCheck find(Recipient recipient, String deliveryId) {
    try {
      Optional<String> channel =
          recipient.channelId().isPresent() ? recipient.channelId() : dmOf(recipient);
      if (channel.isEmpty()) {
        return DeliveryCheck.cannotTell();
      }
      ConversationsHistoryResponse history =
          client.conversationsHistory(
              r -> r.channel(channel.get()).limit(LOOK_BACK).includeAllMetadata(true));
      if (!history.isOk()) {
        LOG.warn("Could not read a conversation to look for a delivery: {}", history.getError());
        return DeliveryCheck.cannotTell();
      }
      return find(history.getMessages(), deliveryId)
          .map(m -> DeliveryCheck.delivered(new SentMessage(channel.get() + ":" + m.getTs())))
          .orElseGet(DeliveryCheck::notDelivered);
    } catch (SlackApiException e) {
      LOG.warn("Could not look for a delivery: HTTP {}", e.getResponse().code());
      return DeliveryCheck.cannotTell();
    } catch (IOException | RuntimeException e) {
      LOG.warn("Could not look for a delivery: {}", e.getClass().getSimpleName());
      return DeliveryCheck.cannotTell();
    }
  }

  private Optional<String> dmOf(Recipient recipient) throws IOException, SlackApiException {
    ConversationsOpenResponse open =
        client.conversationsOpen(r -> r.users(List.of(recipient.userId().orElseThrow())));
    if (!open.isOk() || open.getChannel() == null) {
      LOG.warn("Could not open a DM to look for a delivery: {}", open.getError());
      return Optional.empty();
    }
    return Optional.of(open.getChannel().getId());
  }

  private static Optional<Message> find(List<Message> messages, String deliveryId) {
    if (messages == null) {
      return Optional.empty();
    }
    return messages.stream()
        .filter(m -> m.getMetadata() != null)
        .filter(m -> SlackGateway.EVENT_TYPE.equals(m.getMetadata().getEventType()))
        .filter(
            m ->
                m.getMetadata().getEventPayload() != null
                    && deliveryId.equals(
                        String.valueOf(
                            m.getMetadata().getEventPayload().get(SlackGateway.DELIVERY_ID))))
        .findFirst();
  }
}
