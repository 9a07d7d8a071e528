package dev.sharewell.chat;

import dev.sharewell.identity.Platform;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Routes each message to the gateway of its recipient's platform. */
public final class ChatGateways implements ChatGateway {
  private final Map<Platform, ChatGateway> gateways = new EnumMap<>(Platform.class);

  public ChatGateways(List<ChatGateway> gateways) {
    gateways.forEach(g -> this.gateways.put(g.platform(), g));
  }

  /** Not a platform of its own: {@link #send} picks the recipient's. */
  @Override
  public Platform platform() {
    throw new UnsupportedOperationException("ChatGateways serves every platform");
  }

  @Override
  public SentMessage send(Recipient recipient, OutboundMessage message) {
    return of(recipient).send(recipient, message);
  }

  @Override
  public SentMessage send(Recipient recipient, OutboundMessage message, String deliveryId) {
    return of(recipient).send(recipient, message, deliveryId);
  }

  @Override
  public boolean canFindDelivered(Platform platform) {
    ChatGateway gateway = gateways.get(platform);
    return gateway != null && gateway.canFindDelivered(platform);
  }

  @Override
  public DeliveryCheck findDelivered(Recipient recipient, String deliveryId) {
    ChatGateway gateway = gateways.get(recipient.platform());
    return gateway == null
        ? DeliveryCheck.cannotTell()
        : gateway.findDelivered(recipient, deliveryId);
  }

  private ChatGateway of(Recipient recipient) {
    ChatGateway gateway = gateways.get(recipient.platform());
    if (gateway == null) {
      throw new ChatDeliveryException(
          ChatDeliveryException.Kind.PERMANENT, recipient.platform().key() + "_not_enabled");
    }
    return gateway;
  }
}
