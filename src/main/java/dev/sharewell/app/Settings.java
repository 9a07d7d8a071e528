package dev.sharewell.app;

import dev.sharewell.common.WeeklyTime;
import dev.sharewell.member.Network;
import dev.sharewell.member.Platform;
import dev.sharewell.share.PointsRules;
import dev.sharewell.store.DatabaseSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything Sharewell is configured with, read once from the environment at start. Every variable
 * is listed, with its default, in {@code .env.example}.
 */
public record Settings(
    int port,
    DatabaseSettings database,
    ZoneId timeZone,
    Set<String> admins,
    WeeklyTime digestSchedule,
    Optional<SlackSettings> slack,
    TeamsSettings teams,
    Optional<Path> guidelinesFile,
    Optional<String> commsChannel,
    PointsRules points,
    int digestMaxItems,
    Duration digestSpread,
    Duration leaderLead,
    int slackMessagesPerMinute,
    int teamsMessagesPerSecond,
    WeeklyTime leaderboardSchedule,
    Optional<String> leaderboardChannel,
    Map<Network, Integer> defaultNetworkSizes,
    Map<Network, Integer> brandFollowers,
    Optional<String> publicUrl,
    int textRetentionDays) {

  /** Reads and checks every variable; the first problem found is thrown. */
  public static Settings from(Map<String, String> env) {
    return read(new EnvReader(env));
  }

  /** The names of every variable Sharewell reads. */
  static Set<String> variableNames() {
    EnvReader reader = new EnvReader(Map.of());
    read(reader);
    return reader.names();
  }

  private static Settings read(EnvReader env) {
    int port = env.integer("PORT", 3978, 0, 65535);
    DatabaseSettings database =
        new DatabaseSettings(
            env.string("SHAREWELL_DB_URL", DatabaseSettings.DEFAULT_URL),
            env.optional("SHAREWELL_DB_USER"),
            env.optional("SHAREWELL_DB_PASSWORD"));
    if (!database.url().startsWith("jdbc:h2:") && !database.isPostgres()) {
      throw new SettingsException("SHAREWELL_DB_URL", "must be a jdbc:h2: or jdbc:postgresql: url");
    }
    ZoneId zone = env.zone("SHAREWELL_TIMEZONE", "Europe/Copenhagen");
    Set<String> admins = admins(env);
    WeeklyTime schedule = env.weeklyTime("SHAREWELL_DIGEST_SCHEDULE", "MON 09:00");
    Optional<SlackSettings> slack = SlackSettings.read(env);
    TeamsSettings teams = TeamsSettings.read(env);
    Optional<Path> guidelines = env.readableFile("SHAREWELL_GUIDELINES_FILE");
    Optional<String> commsChannel = env.optional("SHAREWELL_COMMS_CHANNEL");
    PointsRules points =
        new PointsRules(
            env.integer("SHAREWELL_POINTS_SHARE", 10, 0, 1_000),
            env.integer("SHAREWELL_POINTS_PERSONAL_BONUS", 5, 0, 1_000),
            env.integer("SHAREWELL_POINTS_DAILY_CAP", 50, 0, 100_000));
    int digestMaxItems = env.integer("SHAREWELL_DIGEST_MAX_ITEMS", 3, 1, 10);
    Duration spread = env.duration("SHAREWELL_DIGEST_SPREAD", "2h");
    Duration leaderLead = env.duration("SHAREWELL_LEADER_LEAD", "1d");
    int slackPerMinute = env.integer("SHAREWELL_SLACK_MESSAGES_PER_MINUTE", 300, 1, 100_000);
    int teamsPerSecond = env.integer("SHAREWELL_TEAMS_MESSAGES_PER_SECOND", 20, 1, 1_000);
    return new Settings(
        port,
        database,
        zone,
        admins,
        schedule,
        slack,
        teams,
        guidelines,
        commsChannel,
        points,
        digestMaxItems,
        spread,
        leaderLead,
        slackPerMinute,
        teamsPerSecond,
        env.weeklyTime("SHAREWELL_LEADERBOARD_SCHEDULE", "FRI 14:00"),
        env.optional("SHAREWELL_LEADERBOARD_CHANNEL"),
        env.networkSizes(
            "SHAREWELL_DEFAULT_NETWORK_SIZE", "linkedin=500,x=200,facebook=300,instagram=300"),
        env.networkSizes("SHAREWELL_BRAND_FOLLOWERS", ""),
        env.url("SHAREWELL_PUBLIC_URL"),
        env.integer("SHAREWELL_TEXT_RETENTION_DAYS", 365, 1, 36_500));
  }

  private static Set<String> admins(EnvReader env) {
    Set<String> admins = new LinkedHashSet<>();
    for (String entry : env.string("SHAREWELL_ADMINS", "").split(",")) {
      String id = entry.trim();
      if (id.isEmpty()) {
        continue;
      }
      int colon = id.indexOf(':');
      if (colon <= 0
          || colon == id.length() - 1
          || Platform.fromKey(id.substring(0, colon)).isEmpty()) {
        throw new SettingsException(
            "SHAREWELL_ADMINS",
            "must list platform user ids like slack:U0123,teams:29:1abc (got \"" + id + "\")");
      }
      admins.add(id.substring(0, colon).toLowerCase(java.util.Locale.ROOT) + id.substring(colon));
    }
    return Set.copyOf(admins);
  }

  /** Platforms whose credentials are configured, for /health and the start-up log. */
  public boolean slackEnabled() {
    return slack.isPresent();
  }

  @Override
  public String toString() {
    // Never print secrets: only what is configured, not with what.
    return "Settings[port="
        + port
        + ", database="
        + database.url().split("[?;]", 2)[0]
        + ", timeZone="
        + timeZone
        + ", admins="
        + admins.size()
        + ", digestSchedule="
        + digestSchedule
        + ", slack="
        + (slack.isPresent() ? "enabled" : "disabled")
        + ", teams="
        + teams.mode()
        + "]";
  }
}
