package dev.sharewell.teams;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Attachment;

/** A card as a message activity: the card alone, with its summary for notifications. */
final class Cards {
  static final String CONTENT_TYPE = "application/vnd.microsoft.card.adaptive";

  private Cards() {}

  static Activity activity(ObjectNode card, String summary) {
    Attachment attachment = new Attachment();
    attachment.setContentType(CONTENT_TYPE);
    // A Jackson tree, not java.util maps: the SDK's validator fails on nested maps on Java 17.
    attachment.setContent(card);
    // No text next to the card: Teams clients (and the Agents Playground) would split it into two
    // messages, and the card could no longer be updated in place.
    Activity activity = MessageFactory.attachment(attachment);
    if (summary != null && !summary.isBlank()) {
      activity.setSummary(summary);
    }
    return activity;
  }
}
