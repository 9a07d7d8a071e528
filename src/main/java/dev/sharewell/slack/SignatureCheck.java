package dev.sharewell.slack;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Slack's request signature: {@code v0=hex(HMAC-SHA256(secret, "v0:{timestamp}:{body}"))}, with a
 * timestamp no more than five minutes from now either way. Bolt checks the signature too, but it
 * accepts any timestamp in the future (a request captured with a skewed clock could be replayed for
 * as long as that) and compares with {@code String.equals}; this check comes first.
 */
final class SignatureCheck {
  /** How far a request's timestamp may be from now, in the past or in the future. */
  static final Duration FRESHNESS = Duration.ofMinutes(5);

  private static final String VERSION = "v0";

  private final SecretKeySpec key;
  private final Clock clock;

  SignatureCheck(String signingSecret, Clock clock) {
    this.key = new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    this.clock = clock;
  }

  /** Whether Slack signed {@code body} with this timestamp, and the timestamp is fresh. */
  boolean isValid(String timestamp, String signature, String body) {
    if (timestamp == null || signature == null) {
      return false;
    }
    String seconds = timestamp.strip();
    if (!seconds.matches("\\d{1,12}")) {
      return false;
    }
    long age = clock.instant().getEpochSecond() - Long.parseLong(seconds);
    if (Math.abs(age) > FRESHNESS.toSeconds()) {
      return false;
    }
    byte[] expected = expected(seconds, body).getBytes(StandardCharsets.US_ASCII);
    // Constant time: how long the comparison takes says nothing about how much of it matched.
    return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.UTF_8));
  }

  private String expected(String timestamp, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      byte[] digest =
          mac.doFinal((VERSION + ":" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8));
      return VERSION + "=" + HexFormat.of().formatHex(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }
}
