package dev.sharewell.member;

import dev.sharewell.common.Language;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a member chose about their participation. {@code networks} maps each network they use to
 * their follower count there, or to {@code null} when they did not say.
 */
public record Preferences(
    Map<Network, Integer> networks,
    Optional<DayOfWeek> preferredDay,
    Optional<LocalTime> preferredTime,
    Optional<QuietHours> quietHours,
    Optional<Language> language,
    boolean leaderboardVisible,
    Cadence cadence) {

  public Preferences {
    EnumMap<Network, Integer> copy = new EnumMap<>(Network.class);
    copy.putAll(networks);
    networks = Collections.unmodifiableMap(copy);
  }

  /** A new member uses LinkedIn and X, shows on the leaderboard and gets a digest every week. */
  public static Preferences defaults() {
    Map<Network, Integer> networks = new EnumMap<>(Network.class);
    networks.put(Network.LINKEDIN, null);
    networks.put(Network.X, null);
    return new Preferences(
        networks,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        true,
        Cadence.WEEKLY);
  }

  public boolean uses(Network network) {
    return networks.containsKey(network);
  }

  public OptionalInt followers(Network network) {
    Integer count = networks.get(network);
    return count == null ? OptionalInt.empty() : OptionalInt.of(count);
  }
}
