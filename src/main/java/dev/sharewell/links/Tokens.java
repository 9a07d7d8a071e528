package dev.sharewell.links;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Link tokens: 16 bytes (128 bits) from {@link SecureRandom}, base64url without padding (22
 * characters). Random, so a token says nothing about the member or the item and cannot be guessed
 * from another one.
 */
final class Tokens {
  static final int BYTES = 16;
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

  private Tokens() {}

  static String next() {
    byte[] bytes = new byte[BYTES];
    RANDOM.nextBytes(bytes);
    return ENCODER.encodeToString(bytes);
  }

  /** Whether {@code text} could be a token: what a request must look like to reach the database. */
  static boolean wellFormed(String text) {
    if (text == null || text.length() != 22) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean ok =
          (c >= 'A' && c <= 'Z')
              || (c >= 'a' && c <= 'z')
              || (c >= '0' && c <= '9')
              || c == '-'
              || c == '_';
      if (!ok) {
        return false;
      }
    }
    return true;
  }
}
