package dev.sharewell.app;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Microsoft Teams (Bot Framework): off unless configured. With an app id every activity needs a
 * valid token; {@code SHAREWELL_TEAMS_LOCAL=true} without one runs local mode for the Microsoft 365
 * Agents Playground, on this machine only. The two urls are the public cloud's unless set
 * (sovereign clouds; tests point them at local fakes). {@code tenants} are the tenants that belong
 * to the organisation; empty means any tenant.
 */
public record TeamsSettings(
    Optional<String> appId,
    Optional<String> appPassword,
    Optional<String> tenantId,
    AppType appType,
    String loginUrl,
    String openIdMetadataUrl,
    boolean local,
    Optional<Set<String>> tenants) {

  static final String LOCAL = "SHAREWELL_TEAMS_LOCAL";
  static final String TENANTS = "SHAREWELL_TEAMS_TENANTS";

  /** Where the bot asks Microsoft Entra ID for its tokens; the tenant is appended. */
  public static final String DEFAULT_LOGIN_URL = "https://login.microsoftonline.com";

  /** Where the keys that sign the Bot Connector's tokens are published. */
  public static final String DEFAULT_OPENID_METADATA_URL =
      "https://login.botframework.com/v1/.well-known/openidconfiguration";

  /** Whether the bot registration is for one tenant or many. */
  public enum AppType {
    MULTI_TENANT,
    SINGLE_TENANT
  }

  /** How the Teams endpoint runs: with credentials, locally without them, or not at all. */
  public enum Mode {
    ENABLED,
    LOCAL,
    DISABLED;

    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  static TeamsSettings read(EnvReader env) {
    Optional<String> appId = env.optional("MICROSOFT_APP_ID");
    Optional<String> password = env.optional("MICROSOFT_APP_PASSWORD");
    Optional<String> tenant = env.optional("MICROSOFT_APP_TENANT_ID");
    String rawType = env.string("MICROSOFT_APP_TYPE", "MultiTenant");
    AppType type =
        switch (rawType.toLowerCase(Locale.ROOT)) {
          case "multitenant" -> AppType.MULTI_TENANT;
          case "singletenant" -> AppType.SINGLE_TENANT;
          default ->
              throw new SettingsException(
                  "MICROSOFT_APP_TYPE",
                  "must be MultiTenant or SingleTenant (got \"" + rawType + "\")");
        };
    if (appId.isPresent() && password.isEmpty()) {
      throw new SettingsException(
          "MICROSOFT_APP_PASSWORD", "is required when MICROSOFT_APP_ID is set");
    }
    if (password.isPresent() && appId.isEmpty()) {
      throw new SettingsException(
          "MICROSOFT_APP_ID", "is required when MICROSOFT_APP_PASSWORD is set");
    }
    if (type == AppType.SINGLE_TENANT && appId.isPresent() && tenant.isEmpty()) {
      throw new SettingsException(
          "MICROSOFT_APP_TENANT_ID", "is required when MICROSOFT_APP_TYPE is SingleTenant");
    }
    String loginUrl = env.url("MICROSOFT_LOGIN_URL").orElse(DEFAULT_LOGIN_URL);
    String openIdMetadataUrl =
        env.url("MICROSOFT_OPENID_METADATA_URL").orElse(DEFAULT_OPENID_METADATA_URL);
    boolean local = env.bool(LOCAL, false);
    if (local && appId.isPresent()) {
      throw new SettingsException(
          LOCAL,
          "cannot be true while MICROSOFT_APP_ID is set: local mode (the Agents Playground, no"
              + " tokens) is only for a bot without credentials");
    }
    Optional<Set<String>> tenants = tenants(env, tenant);
    if (appId.isPresent() && type == AppType.MULTI_TENANT && tenants.isEmpty() && !anyTenant(env)) {
      throw new SettingsException(
          TENANTS,
          "is required for a MultiTenant bot: list your organisation's tenant ids, or * to serve"
              + " any tenant (anyone can add a bot by its public app id)");
    }
    return new TeamsSettings(
        appId, password, tenant, type, loginUrl, openIdMetadataUrl, local, tenants);
  }

  /** The listed tenants; else the bot's own tenant when set; empty for any tenant. */
  private static Optional<Set<String>> tenants(EnvReader env, Optional<String> appTenant) {
    if (anyTenant(env)) {
      return Optional.empty();
    }
    Optional<Set<String>> listed = env.idList(TENANTS);
    return listed.isPresent() ? listed : appTenant.map(Set::of);
  }

  private static boolean anyTenant(EnvReader env) {
    return env.optional(TENANTS).filter("*"::equals).isPresent();
  }

  /**
   * Enabled with an app id (every request must carry a Bot Framework token), local when asked for
   * without one, disabled otherwise.
   */
  public Mode mode() {
    if (appId.isPresent()) {
      return Mode.ENABLED;
    }
    return local ? Mode.LOCAL : Mode.DISABLED;
  }

  @Override
  public String toString() {
    return "TeamsSettings[mode=" + mode().key() + ", appType=" + appType + "]";
  }
}
