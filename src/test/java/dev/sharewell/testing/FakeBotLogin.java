package dev.sharewell.testing;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTCreator;
import com.auth0.jwt.algorithms.Algorithm;
import io.javalin.Javalin;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The two Microsoft services a bot with an app id talks to, on port 0: Entra ID's token endpoint
 * (the bot's own tokens) and the Bot Framework's OpenID metadata with its signing keys (to check
 * the tokens Teams sends). Signs tokens the way the Bot Connector does, with a key of its own.
 */
public final class FakeBotLogin implements AutoCloseable {
  public static final String KEY_ID = "kid-teams";
  public static final String ISSUER = "https://api.botframework.com";

  private final KeyPair keys = generate();
  private final List<String> tokenRequests = new CopyOnWriteArrayList<>();
  private final Javalin server;

  public FakeBotLogin() {
    server =
        Javalin.create(
                config -> {
                  config.startup.showJavalinBanner = false;
                  config.routes.post(
                      "/{tenant}/oauth2/v2.0/token",
                      ctx -> {
                        tokenRequests.add(ctx.pathParam("tenant") + " " + ctx.body());
                        ctx.json(
                            Map.of(
                                "token_type",
                                "Bearer",
                                "expires_in",
                                3599,
                                "access_token",
                                "bot-token-" + tokenRequests.size()));
                      });
                  config.routes.get(
                      "/v1/.well-known/openidconfiguration",
                      ctx ->
                          ctx.json(
                              Map.of(
                                  "issuer",
                                  ISSUER,
                                  "jwks_uri",
                                  baseUrl() + "/v1/.well-known/keys",
                                  "id_token_signing_alg_values_supported",
                                  List.of("RS256"))));
                  config.routes.get(
                      "/v1/.well-known/keys",
                      ctx ->
                          ctx.contentType("application/json").result("{\"keys\":[" + jwk() + "]}"));
                })
            .start("127.0.0.1", 0);
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + server.port();
  }

  /** For MICROSOFT_LOGIN_URL. */
  public String loginUrl() {
    return baseUrl();
  }

  /** For MICROSOFT_OPENID_METADATA_URL. */
  public String openIdMetadataUrl() {
    return baseUrl() + "/v1/.well-known/openidconfiguration";
  }

  /** What the bot asked for: the tenant in the path, then the form it posted. */
  public List<String> tokenRequests() {
    return List.copyOf(tokenRequests);
  }

  /** A token as the Bot Connector sends it: for {@code audience}, about {@code serviceUrl}. */
  public JWTCreator.Builder token(String audience, String serviceUrl, Instant expires) {
    return JWT.create()
        .withKeyId(KEY_ID)
        .withIssuer(ISSUER)
        .withAudience(audience)
        .withIssuedAt(expires.minusSeconds(3600))
        .withNotBefore(expires.minusSeconds(3600))
        .withExpiresAt(expires)
        .withClaim("serviceurl", serviceUrl);
  }

  public Algorithm signer() {
    return Algorithm.RSA256((RSAPublicKey) keys.getPublic(), (RSAPrivateKey) keys.getPrivate());
  }

  /** The header for a valid token. */
  public String bearer(String audience, String serviceUrl) {
    return "Bearer " + token(audience, serviceUrl, Instant.now().plusSeconds(3600)).sign(signer());
  }

  private String jwk() {
    RSAPublicKey key = (RSAPublicKey) keys.getPublic();
    return "{\"kty\":\"RSA\",\"use\":\"sig\",\"kid\":\""
        + KEY_ID
        + "\",\"n\":\""
        + base64Url(key.getModulus())
        + "\",\"e\":\""
        + base64Url(key.getPublicExponent())
        + "\",\"endorsements\":[\"msteams\"]}";
  }

  private static String base64Url(BigInteger value) {
    byte[] bytes = value.toByteArray();
    if (bytes.length > 1 && bytes[0] == 0) {
      bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
    }
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** A key pair nobody else has: tokens it signs fail the signature check. */
  public static Algorithm strangerSigner() {
    KeyPair other = generate();
    return Algorithm.RSA256((RSAPublicKey) other.getPublic(), (RSAPrivateKey) other.getPrivate());
  }

  private static KeyPair generate() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    server.stop();
  }
}
