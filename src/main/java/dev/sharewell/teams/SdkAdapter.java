package dev.sharewell.teams;

import com.microsoft.bot.builder.BotCallbackHandler;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.connector.ConnectorClient;
import com.microsoft.bot.connector.authentication.AppCredentials;
import com.microsoft.bot.connector.authentication.MicrosoftAppCredentials;
import com.microsoft.bot.connector.authentication.SimpleChannelProvider;
import com.microsoft.bot.connector.authentication.SimpleCredentialProvider;
import com.microsoft.bot.connector.rest.RestConnectorClient;
import com.microsoft.bot.integration.BotFrameworkHttpAdapter;
import com.microsoft.bot.restclient.retry.RetryStrategy;
import com.microsoft.bot.schema.Activity;
import dev.sharewell.http.UnknownOutcomes;
import dev.sharewell.store.Outages;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Bot Framework SDK's adapter (it runs each turn and holds the connector clients; Sharewell's
 * own Teams adapter, which wires the whole platform, is {@link TeamsAdapter}), with Sharewell's
 * credentials (the tenant of single-tenant apps, tokens from {@link TokenClient}) and without its
 * habit of changing the JVM's default locale on every turn.
 */
final class SdkAdapter extends BotFrameworkHttpAdapter {
  /** Turn state key of the locale the activity came with (see {@link #runPipeline}). */
  static final String LOCALE_KEY = "sharewell.locale";

  /** How long one call to the Bot Connector may wait to connect, and for its answer. */
  static final long CONNECT_TIMEOUT_MILLIS = 3_000;

  static final long READ_TIMEOUT_MILLIS = 5_000;

  private static final Logger LOG = LoggerFactory.getLogger(SdkAdapter.class);

  private final Optional<BotCredentials> credentials;

  SdkAdapter(TeamsOptions options, Optional<BotCredentials> credentials) {
    super(
        new SimpleCredentialProvider(options.appIdOrEmpty(), options.appPassword().orElse("")),
        new SimpleChannelProvider());
    this.credentials = credentials;
    // Without this the SDK fails the turn, and the endpoint would answer 500 to a message whose
    // reply could not be sent; Teams would then send it again. Proactive sends catch their own
    // errors inside the turn (ProactiveSender), because this handler swallows them.
    setOnTurnError(
        (turn, error) -> {
          Throwable cause = DeliveryErrors.unwrap(error);
          if (Outages.isDatabaseUnreachable(cause)) {
            // Nothing was stored (an installation's conversation reference): fail the turn, so
            // the endpoint answers 503 and Teams sends the activity again.
            return CompletableFuture.failedFuture(cause);
          }
          LOG.warn(
              "A Teams turn ({}) failed: {}",
              turn.getActivity().getType(),
              DeliveryErrors.describe(cause));
          return CompletableFuture.completedFuture(null);
        });
  }

  @Override
  protected CompletableFuture<AppCredentials> buildAppCredentials(String appId, String scope) {
    if (credentials.isPresent()) {
      return CompletableFuture.completedFuture(credentials.get());
    }
    return super.buildAppCredentials(appId, scope);
  }

  /**
   * The SDK would post an activity again at once after a 5xx, three times: each of those may have
   * been delivered. Whether to send again is the caller's decision (the outbox's, for digests).
   */
  private static final RetryStrategy NO_RETRIES =
      new RetryStrategy("none", false) {
        @Override
        public boolean shouldRetry(int retryCount, okhttp3.Response response) {
          return false;
        }
      };

  /**
   * The SDK's connector client, with timeouts of Sharewell's (the SDK leaves OkHttp's defaults, so
   * a connector that stopped answering held a request thread for more than half a minute), without
   * the SDK's retries, and with failures after a request went out marked as such.
   */
  @Override
  protected CompletableFuture<ConnectorClient> getOrCreateConnectorClient(
      String serviceUrl, AppCredentials appCredentials) {
    AppCredentials credentials =
        appCredentials != null ? appCredentials : MicrosoftAppCredentials.empty();
    String key =
        keyForConnectorClient(serviceUrl, credentials.getAppId(), credentials.oAuthScope());
    try {
      ConnectorClient client = getConnectorClientCache().get(key);
      if (client == null) {
        client =
            new RestConnectorClient(
                RestConnectorClient.getDefaultRestClientBuilder(serviceUrl, credentials)
                    .withConnectionTimeout(CONNECT_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)
                    .withReadTimeout(READ_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)
                    .withRetryStrategy(NO_RETRIES)
                    .withNetworkInterceptor(new UnknownOutcomes())
                    .build());
        addConnectorClientToCache(
            serviceUrl, credentials.getAppId(), credentials.oAuthScope(), client);
      }
      return CompletableFuture.completedFuture(client);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /** Credentials for creating a conversation: none in local mode. */
  MicrosoftAppCredentials conversationCredentials() {
    return credentials
        .<MicrosoftAppCredentials>map(c -> c)
        .orElseGet(MicrosoftAppCredentials::empty);
  }

  /**
   * The SDK makes the activity's locale the JVM default here, a process-wide side effect on every
   * turn. The locale is moved into the turn state instead, where {@link SharewellBot} reads it.
   */
  @Override
  protected CompletableFuture<Void> runPipeline(TurnContext turn, BotCallbackHandler callback) {
    Activity activity = turn.getActivity();
    if (activity != null && activity.getLocale() != null) {
      turn.getTurnState().replace(LOCALE_KEY, activity.getLocale());
      activity.setLocale(null);
    }
    return super.runPipeline(turn, callback);
  }
}
