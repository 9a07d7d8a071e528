package dev.sharewell.teams;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ConversationParameters;
import com.microsoft.bot.schema.ConversationReference;
import com.microsoft.bot.schema.ResourceResponse;
import com.microsoft.bot.schema.Serialization;
import dev.sharewell.chat.ChatDeliveryException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Writes to Teams without being asked: into a stored conversation, or into a new personal chat.
 * Failures come back as {@link ChatDeliveryException}; they are caught inside the turn, because the
 * adapter's turn error handler would otherwise swallow them.
 */
final class ProactiveSender {
  private final SdkAdapter sdk;
  private final String appId;

  ProactiveSender(SdkAdapter sdk, TeamsOptions options) {
    this.sdk = sdk;
    // Always the real app id: with an empty one the SDK silently sends no token.
    this.appId = options.appIdOrEmpty();
  }

  /** Posts {@code activity} into the referenced conversation; a channel gets a new thread. */
  ResourceResponse send(ConversationReference reference, Activity activity) {
    try {
      return inTurn(
          reference, turn -> asNewMessage(turn).sendActivity(activity).thenApply(sent -> sent));
    } catch (ChatDeliveryException e) {
      throw DeliveryErrors.whenSending(e);
    }
  }

  /** Runs {@code work} in a turn of the referenced conversation, with its connector client. */
  <T> T inTurn(ConversationReference reference, Function<TurnContext, CompletableFuture<T>> work) {
    AtomicReference<T> result = new AtomicReference<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    try {
      sdk.continueConversation(
              appId, reference, turn -> capture(start(work, turn), result, failure))
          .join();
    } catch (CompletionException | IllegalArgumentException e) {
      failure.compareAndSet(null, e);
    }
    if (failure.get() != null) {
      throw DeliveryErrors.classify(failure.get());
    }
    return result.get();
  }

  /**
   * Opens a personal chat with {@code userId} (Teams gives the existing one back if there is one)
   * and posts {@code activity} into it. {@code tenantReference} is any conversation of the tenant:
   * it tells the service url and the bot's account.
   */
  ResourceResponse sendToNewChat(
      ConversationReference tenantReference, String tenantId, String userId, Activity activity) {
    ConversationParameters parameters = new ConversationParameters();
    parameters.setIsGroup(false);
    parameters.setBot(tenantReference.getBot());
    parameters.setMembers(List.of(new ChannelAccount(userId)));
    parameters.setTenantId(tenantId);
    ObjectNode channelData = Serialization.createObjectNode();
    channelData.putObject("tenant").put("id", tenantId);
    parameters.setChannelData(channelData);
    AtomicReference<ResourceResponse> result = new AtomicReference<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    try {
      sdk.createConversation(
              tenantReference.getChannelId() == null ? "msteams" : tenantReference.getChannelId(),
              tenantReference.getServiceUrl(),
              sdk.conversationCredentials(),
              parameters,
              turn -> capture(asNewMessage(turn).sendActivity(activity), result, failure))
          .join();
    } catch (CompletionException | IllegalArgumentException e) {
      // The personal chat could not be opened: nothing was posted yet.
      throw DeliveryErrors.whenNotSending(DeliveryErrors.classify(e));
    }
    if (failure.get() != null) {
      throw DeliveryErrors.whenSending(DeliveryErrors.classify(failure.get()));
    }
    return result.get();
  }

  /**
   * Without this the SDK posts the message as a reply to the made-up id of the proactive turn's
   * activity; a proactive message is a new message in the conversation.
   */
  private static TurnContext asNewMessage(TurnContext turn) {
    turn.onSendActivities(
        (context, activities, next) -> {
          activities.forEach(a -> a.setReplyToId(null));
          return next.get();
        });
    return turn;
  }

  private static <T> CompletableFuture<T> start(
      Function<TurnContext, CompletableFuture<T>> work, TurnContext turn) {
    try {
      return work.apply(turn);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  private static <T> CompletableFuture<Void> capture(
      CompletableFuture<T> work, AtomicReference<T> result, AtomicReference<Throwable> failure) {
    return work.handle(
        (value, error) -> {
          if (error != null) {
            failure.set(error);
          } else {
            result.set(value);
          }
          return null;
        });
  }
}
