package dev.sharewell.teams;

import com.microsoft.bot.connector.authentication.MicrosoftAppCredentials;
import java.util.concurrent.CompletableFuture;

/**
 * The app's credentials as the SDK wants them, with the token coming from {@link TokenClient}: the
 * SDK asks for it on every call to the connector.
 */
final class BotCredentials extends MicrosoftAppCredentials {
  private final TokenClient tokens;

  BotCredentials(TeamsOptions options, TokenClient tokens) {
    super(
        options.appId().orElseThrow(),
        options.appPassword().orElseThrow(),
        options.singleTenant() ? options.tenantId().orElseThrow() : null,
        TokenClient.SCOPE);
    this.tokens = tokens;
  }

  @Override
  public CompletableFuture<String> getToken() {
    try {
      return CompletableFuture.completedFuture(tokens.token());
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }
}
