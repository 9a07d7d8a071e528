package dev.sharewell.app;

import dev.sharewell.common.WeeklyTime;
import dev.sharewell.member.Network;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Typed reads of environment variables, each failing with the variable's name and what is wrong. It
 * remembers every name it was asked for, so the documented list can be checked against it.
 */
final class EnvReader {
  static final int URL_MAX = 1_000;

  private final Map<String, String> env;
  private final Set<String> names = new LinkedHashSet<>();

  EnvReader(Map<String, String> env) {
    this.env = env;
  }

  /** The names read so far, in the order they were read. */
  Set<String> names() {
    return names;
  }

  /** The trimmed value, or empty when unset or blank. */
  Optional<String> optional(String name) {
    names.add(name);
    String value = env.get(name);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
  }

  String string(String name, String defaultValue) {
    return optional(name).orElse(defaultValue);
  }

  boolean bool(String name, boolean defaultValue) {
    Optional<String> raw = optional(name);
    if (raw.isEmpty()) {
      return defaultValue;
    }
    return switch (raw.get().toLowerCase(java.util.Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default ->
          throw new SettingsException(name, "must be true or false (got \"" + raw.get() + "\")");
    };
  }

  /** {@code on} or {@code off} ({@code true} and {@code false} too). */
  boolean onOff(String name, boolean defaultValue) {
    Optional<String> raw = optional(name);
    if (raw.isEmpty()) {
      return defaultValue;
    }
    return switch (raw.get().toLowerCase(java.util.Locale.ROOT)) {
      case "on", "true" -> true;
      case "off", "false" -> false;
      default -> throw new SettingsException(name, "must be on or off (got \"" + raw.get() + "\")");
    };
  }

  /**
   * A comma-separated list of IP addresses (IPv4 dotted or IPv6), normalised; empty when unset.
   * Names are refused: an address is never looked up.
   */
  Set<String> addresses(String name) {
    Set<String> addresses = new java.util.LinkedHashSet<>();
    for (String part : optional(name).orElse("").split(",")) {
      String address = part.trim();
      if (address.isEmpty()) {
        continue;
      }
      boolean literal =
          address.matches("\\d{1,3}(\\.\\d{1,3}){3}")
              || (address.contains(":") && address.matches("[0-9A-Fa-f:.]+"));
      if (!literal) {
        throw new SettingsException(
            name, "must list IP addresses, e.g. 10.0.0.5,::1 (got \"" + address + "\")");
      }
      try {
        addresses.add(java.net.InetAddress.getByName(address).getHostAddress());
      } catch (java.net.UnknownHostException e) {
        throw new SettingsException(name, "holds an address that is not one: \"" + address + "\"");
      }
    }
    return Set.copyOf(addresses);
  }

  /**
   * A comma-separated list of platform ids (workspaces, tenants); empty when unset. Ids hold no
   * spaces, slashes or commas.
   */
  Optional<Set<String>> idList(String name) {
    Optional<String> raw = optional(name);
    if (raw.isEmpty()) {
      return Optional.empty();
    }
    Set<String> ids = new LinkedHashSet<>();
    for (String part : raw.get().split(",")) {
      String id = part.trim();
      if (id.isEmpty()) {
        continue;
      }
      if (!id.matches("[A-Za-z0-9][A-Za-z0-9._:-]{0,254}")) {
        throw new SettingsException(name, "must list ids separated by commas (got \"" + id + "\")");
      }
      ids.add(id);
    }
    return ids.isEmpty() ? Optional.empty() : Optional.of(Set.copyOf(ids));
  }

  int integer(String name, int defaultValue, int min, int max) {
    Optional<String> raw = optional(name);
    if (raw.isEmpty()) {
      return defaultValue;
    }
    try {
      int value = Integer.parseInt(raw.get());
      if (value < min || value > max) {
        throw new SettingsException(
            name, "must be between " + min + " and " + max + " (got " + value + ")");
      }
      return value;
    } catch (NumberFormatException e) {
      throw new SettingsException(
          name,
          "must be a whole number between " + min + " and " + max + " (got \"" + raw.get() + "\")");
    }
  }

  ZoneId zone(String name, String defaultValue) {
    String raw = string(name, defaultValue);
    try {
      return ZoneId.of(raw);
    } catch (DateTimeException e) {
      throw new SettingsException(
          name,
          "is not a known time zone (got \"" + raw + "\"; use a name like Europe/Copenhagen)");
    }
  }

  WeeklyTime weeklyTime(String name, String defaultValue) {
    String raw = string(name, defaultValue);
    return WeeklyTime.parse(raw)
        .orElseThrow(
            () ->
                new SettingsException(
                    name, "must be a day and a time like MON 09:00 (got \"" + raw + "\")"));
  }

  /** A duration written {@code 90m}, {@code 2h} or {@code 1d}. */
  Duration duration(String name, String defaultValue) {
    String raw = string(name, defaultValue);
    if (raw.matches("\\d{1,6}[mhd]")) {
      long amount = Long.parseLong(raw.substring(0, raw.length() - 1));
      return switch (raw.charAt(raw.length() - 1)) {
        case 'm' -> Duration.ofMinutes(amount);
        case 'h' -> Duration.ofHours(amount);
        default -> Duration.ofDays(amount);
      };
    }
    throw new SettingsException(
        name, "must be a duration like 90m, 2h or 1d (got \"" + raw + "\")");
  }

  /** Follower counts per network, written {@code linkedin=500,x=200}. */
  Map<Network, Integer> networkSizes(String name, String defaultValue) {
    String raw = string(name, defaultValue);
    Map<Network, Integer> sizes = new EnumMap<>(Network.class);
    for (String part : raw.split(",")) {
      if (part.isBlank()) {
        continue;
      }
      String[] pair = part.split("=", 2);
      Optional<Network> network = Network.fromKey(pair[0]);
      if (pair.length != 2 || network.isEmpty() || !pair[1].trim().matches("\\d{1,9}")) {
        throw new SettingsException(
            name,
            "must list networks and follower counts like linkedin=500,x=200 (got \"" + raw + "\")");
      }
      sizes.put(network.get(), Integer.parseInt(pair[1].trim()));
    }
    return Map.copyOf(sizes);
  }

  /** A file that exists and can be read. */
  Optional<Path> readableFile(String name) {
    Optional<Path> path = optional(name).map(Path::of);
    path.ifPresent(
        p -> {
          if (!Files.isRegularFile(p) || !Files.isReadable(p)) {
            throw new SettingsException(name, "must name a readable file (got \"" + p + "\")");
          }
        });
    return path;
  }

  /**
   * An http or https url, without a trailing slash. At most {@link #URL_MAX} characters, so links
   * made from it (download links on a button) stay within what a platform takes.
   */
  Optional<String> url(String name) {
    Optional<String> raw = optional(name);
    raw.ifPresent(
        value -> {
          if (!value.matches("https?://[^\\s/]+(/\\S*)?")) {
            throw new SettingsException(
                name, "must be an http or https url (got \"" + value + "\")");
          }
          if (value.length() > URL_MAX) {
            throw new SettingsException(
                name, "must be at most " + URL_MAX + " characters (got " + value.length() + ")");
          }
        });
    return raw.map(value -> value.endsWith("/") ? value.substring(0, value.length() - 1) : value);
  }
}
