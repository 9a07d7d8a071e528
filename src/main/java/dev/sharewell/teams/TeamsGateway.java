package dev.sharewell.teams;

import com.microsoft.bot.schema.ConversationReference;
import com.microsoft.bot.schema.ResourceResponse;
import dev.sharewell.chat.ChatDeliveryException;
import dev.sharewell.chat.ChatDeliveryException.Kind;
import dev.sharewell.chat.ChatGateway;
import dev.sharewell.chat.DeliveryCheck;
import dev.sharewell.chat.OutboundMessage;
import dev.sharewell.chat.Recipient;
import dev.sharewell.chat.SentMessage;
import dev.sharewell.conversation.Origin;
import dev.sharewell.identity.Platform;
import dev.sharewell.identity.PlatformUser;
import dev.sharewell.identity.Profile;
import java.util.Map;
import java.util.Optional;

/**
 * Sends digests, invitations and posts on Teams. A person is written to in their stored personal
 * chat, or in a new one when the tenant is known (someone invited from a team's roster); a channel
 * only where the app was installed or spoken to.
 */
final class TeamsGateway implements ChatGateway {
  private final ReferenceStore references;
  private final ProactiveSender sender;
  private final InlineForms inlineForms;

  TeamsGateway(ReferenceStore references, ProactiveSender sender, InlineForms inlineForms) {
    this.references = references;
    this.sender = sender;
    this.inlineForms = inlineForms;
  }

  @Override
  public Platform platform() {
    return Platform.TEAMS;
  }

  @Override
  public SentMessage send(Recipient recipient, OutboundMessage message) {
    String tenant = recipient.workspaceId();
    ResourceResponse sent;
    if (recipient.userId().isPresent()) {
      PlatformUser user = new PlatformUser(Platform.TEAMS, tenant, recipient.userId().get());
      Map<String, dev.sharewell.chat.Form> forms =
          inlineForms.forMessage(Origin.privately(user, Profile.unknown()), message);
      var activity = Cards.activity(MessageCards.render(message, forms), message.summary());
      Optional<ConversationReference> chat = references.personal(tenant, user.userId());
      if (chat.isPresent()) {
        sent = sender.send(chat.get(), activity);
      } else {
        ConversationReference known = references.latest(tenant).orElseThrow(() -> nowhere());
        sent = sender.sendToNewChat(known, tenant, user.userId(), activity);
      }
    } else {
      ConversationReference channel =
          references
              .conversation(tenant, recipient.channelId().orElseThrow())
              .orElseThrow(() -> nowhere());
      sent =
          sender.send(
              channel, Cards.activity(MessageCards.render(message, Map.of()), message.summary()));
    }
    return new SentMessage(sent == null || sent.getId() == null ? "" : sent.getId());
  }

  /**
   * The Bot Connector offers no way to read a personal chat back: a send whose outcome is unknown
   * is recorded as such and not sent again.
   */
  @Override
  public boolean canFindDelivered(Platform platform) {
    return false;
  }

  @Override
  public DeliveryCheck findDelivered(Recipient recipient, String deliveryId) {
    return DeliveryCheck.cannotTell();
  }

  /** The app was never installed there, or was removed: nothing to write through. */
  private static ChatDeliveryException nowhere() {
    return new ChatDeliveryException(Kind.PERMANENT, "no_conversation");
  }
}
