package dev.sharewell.chat;

import dev.sharewell.member.Platform;

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
}
