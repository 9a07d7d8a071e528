package dev.sharewell.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The bot's own access token for the Bot Connector: the OAuth 2.0 client-credentials grant against
 * Microsoft Entra ID, kept until shortly before it expires. Written here rather than through msal4j
 * (what the SDK would use) because msal4j accepts only https authorities, so it could never be
 * tested against a local fake; this is the whole of what it would do for a client secret.
 */
final class TokenClient {
  /** Renew this long before the token expires, so no request goes out with a stale one. */
  static final Duration MARGIN = Duration.ofMinutes(5);

  static final String SCOPE = "https://api.botframework.com/.default";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final URI tokenUrl;
  private final String form;
  private final Clock clock;
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private String token;
  private Instant renewAt = Instant.MIN;

  TokenClient(TeamsOptions options, Clock clock) {
    this.tokenUrl =
        URI.create(options.loginUrl() + "/" + options.tokenTenant() + "/oauth2/v2.0/token");
    this.form =
        "grant_type=client_credentials&client_id="
            + encode(options.appId().orElseThrow())
            + "&client_secret="
            + encode(options.appPassword().orElseThrow())
            + "&scope="
            + encode(SCOPE);
    this.clock = clock;
  }

  /** A valid token, asked for again only when the one held is about to expire. */
  synchronized String token() {
    if (token == null || !clock.instant().isBefore(renewAt)) {
      fetch();
    }
    return token;
  }

  private void fetch() {
    HttpResponse<String> response;
    try {
      response =
          http.send(
              HttpRequest.newBuilder(tokenUrl)
                  .timeout(Duration.ofSeconds(20))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString(form))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new TokenException("token request failed: " + e.getClass().getSimpleName());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TokenException("token request interrupted");
    }
    if (response.statusCode() != 200) {
      // The body names the problem (AADSTS codes) and never holds the secret.
      throw new TokenException("token request answered " + response.statusCode());
    }
    try {
      JsonNode body = JSON.readTree(response.body());
      String accessToken = body.path("access_token").asText("");
      if (accessToken.isEmpty()) {
        throw new TokenException("token answer has no access_token");
      }
      long seconds = body.path("expires_in").asLong(3600);
      token = accessToken;
      renewAt = clock.instant().plusSeconds(seconds).minus(MARGIN);
    } catch (IOException e) {
      throw new TokenException("token answer is not JSON");
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** The token could not be had; the message never holds a secret. */
  static final class TokenException extends RuntimeException {
    TokenException(String message) {
      super(message);
    }
  }
}
