package dev.sharewell.links;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which visitors followed which link today, in memory only: a visitor is a hash of the link, the
 * address and the user agent under a salt made anew each day, and both the salt and the hashes are
 * dropped when the day changes. Nothing of it is ever written anywhere.
 *
 * <p>Per instance and per process day: two instances, or a restart, may each count the same visitor
 * once. Beyond {@value #REMEMBERED} visitors a day the rest count as unique unremembered.
 */
final class Visitors {
  static final int REMEMBERED = 500_000;
  private static final SecureRandom RANDOM = new SecureRandom();

  private record Day(LocalDate date, byte[] salt, Set<Long> seen) {}

  private volatile Day today = new Day(LocalDate.MIN, new byte[0], Set.of());

  /** Whether this is the first visit of the visitor to {@code linkId} on {@code date}. */
  boolean firstVisit(LocalDate date, long linkId, String address, String userAgent) {
    Day day = dayOf(date);
    if (day.seen().size() >= REMEMBERED) {
      return true;
    }
    return day.seen().add(hash(day.salt(), linkId, address, userAgent));
  }

  private Day dayOf(LocalDate date) {
    Day day = today;
    if (day.date().equals(date)) {
      return day;
    }
    synchronized (this) {
      if (!today.date().equals(date)) {
        byte[] salt = new byte[32];
        RANDOM.nextBytes(salt);
        today = new Day(date, salt, ConcurrentHashMap.newKeySet());
      }
      return today;
    }
  }

  private static long hash(byte[] salt, long linkId, String address, String userAgent) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(salt);
      sha.update(ByteBuffer.allocate(Long.BYTES).putLong(linkId).array());
      sha.update(address.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(userAgent.getBytes(StandardCharsets.UTF_8));
      return ByteBuffer.wrap(sha.digest()).getLong();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
