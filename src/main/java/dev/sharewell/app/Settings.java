package dev.sharewell.app;

import dev.sharewell.common.WeeklyTime;
import dev.sharewell.identity.Platform;
import dev.sharewell.identity.PlatformUser;
import dev.sharewell.links.LinkSettings;
import dev.sharewell.member.Network;
import dev.sharewell.member.Organisation;
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
    Organisation organisation,
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
    int textRetentionDays,
    LinkSettings links,
    Set<String> trustedProxies) {

  private static final String ADMINS = "SHAREWELL_ADMINS";

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
    WeeklyTime schedule = env.weeklyTime("SHAREWELL_DIGEST_SCHEDULE", "MON 09:00");
    Optional<SlackSettings> slack = SlackSettings.read(env);
    TeamsSettings teams = TeamsSettings.read(env);
    Organisation organisation =
        new Organisation(env.idList("SHAREWELL_SLACK_WORKSPACES"), teams.tenants());
    Set<String> admins = admins(env, organisation);
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
        organisation,
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
        env.integer("SHAREWELL_TEXT_RETENTION_DAYS", 365, 1, 36_500),
        links(env),
        env.addresses("SHAREWELL_TRUSTED_PROXIES"));
  }

  /**
   * Tracked links: served under SHAREWELL_LINK_BASE_URL, else the public url; not tracked when
   * neither is set.
   */
  private static LinkSettings links(EnvReader env) {
    Optional<String> publicUrl = env.url("SHAREWELL_PUBLIC_URL");
    Optional<String> base = env.url("SHAREWELL_LINK_BASE_URL").or(() -> publicUrl);
    boolean utm = env.onOff("SHAREWELL_UTM", true);
    String medium = env.string("SHAREWELL_UTM_MEDIUM", LinkSettings.DEFAULT_MEDIUM);
    if (!medium.matches("[A-Za-z0-9._-]{1,64}")) {
      throw new SettingsException(
          "SHAREWELL_UTM_MEDIUM",
          "must be 1 to 64 letters, digits, '.', '_' or '-' (got \"" + medium + "\")");
    }
    return new LinkSettings(base, utm, medium);
  }

  /**
   * Admins from the start, each named with the workspace or tenant they belong to: a user id alone
   * could be anyone's in another workspace.
   */
  private static Set<String> admins(EnvReader env, Organisation organisation) {
    Set<String> admins = new LinkedHashSet<>();
    for (String entry : env.string(ADMINS, "").split(",")) {
      String id = entry.trim();
      if (id.isEmpty()) {
        continue;
      }
      PlatformUser admin =
          PlatformUser.parseQualified(id)
              .orElseThrow(() -> new SettingsException(ADMINS, hint(id)));
      if (!organisation.includes(admin)) {
        throw new SettingsException(
            ADMINS,
            "names "
                + id
                + ", whose workspace or tenant is not in SHAREWELL_SLACK_WORKSPACES or"
                + " SHAREWELL_TEAMS_TENANTS");
      }
      admins.add(admin.qualifiedId());
    }
    return Set.copyOf(admins);
  }

  /** What an entry should have looked like, shown with the entry itself. */
  private static String hint(String id) {
    int colon = id.indexOf(':');
    Optional<Platform> platform =
        colon <= 0 ? Optional.empty() : Platform.fromKey(id.substring(0, colon));
    String user = colon < 0 ? id : id.substring(colon + 1);
    String example =
        platform.filter(p -> p == Platform.TEAMS).isPresent()
            ? "teams:<tenant-id>/" + user
            : platform.isPresent() ? "slack:<team-id>/" + user : "slack:T0123/U0456";
    return "entries name the workspace or tenant: write "
        + example
        + " (got \""
        + id
        + "\"; e.g. slack:T0123/U0456,teams:<tenant-id>/29:1abc)";
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
