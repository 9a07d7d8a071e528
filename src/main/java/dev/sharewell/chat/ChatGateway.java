package dev.sharewell.chat;

import dev.sharewell.identity.Platform;

/**
 * The port through which the core sends messages on its own initiative (digests, invitations, the
 * leaderboard post). Each chat adapter implements it; the core never sees Slack or Teams types.
 */
public interface ChatGateway {
  Platform platform();

  /**
   * Sends {@code message} to {@code recipient} and returns the platform's id for it.
   *
   * @throws ChatDeliveryException when the platform refused or could not be reached; its {@link
   *     ChatDeliveryException.Kind} tells whether to retry, slow down or stop writing to the person
   */
  SentMessage send(Recipient recipient, OutboundMessage message);

  /**
   * As {@link #send(Recipient, OutboundMessage)}, for a message of the outbox: where the platform
   * can, the message carries {@code deliveryId}, so that {@link #findDelivered} finds it later.
   */
  default SentMessage send(Recipient recipient, OutboundMessage message, String deliveryId) {
    return send(recipient, message);
  }

  /**
   * Whether {@link #findDelivered} can ever tell on {@code platform}: when it cannot, a send whose
   * outcome is unknown is recorded as such at once instead of waiting to ask.
   */
  default boolean canFindDelivered(Platform platform) {
    return false;
  }

  /**
   * Whether the message sent with {@code deliveryId} reached {@code recipient}, asked after a send
   * whose outcome was {@link ChatDeliveryException.Kind#UNKNOWN}. A platform that keeps no such
   * trace, or a lookup that fails, answers {@link DeliveryCheck#cannotTell()}; never throws.
   */
  default DeliveryCheck findDelivered(Recipient recipient, String deliveryId) {
    return DeliveryCheck.cannotTell();
  }
}
