package dev.sharewell.app;

import java.util.Locale;
import java.util.Optional;

/**
 * Microsoft Teams (Bot Framework) credentials. Without an app id the bot runs in local mode for the
 * Microsoft 365 Agents Playground.
 */
public record TeamsSettings(
    Optional<String> appId,
    Optional<String> appPassword,
    Optional<String> tenantId,
    AppType appType) {

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
    return new TeamsSettings(appId, password, tenant, type);
  }

  /**
   * Until the Teams bot is built, Teams is disabled whatever is configured; with it, no app id
   * means local mode.
   */
  public Mode mode() {
    return Mode.DISABLED;
  }

  @Override
  public String toString() {
    return "TeamsSettings[mode=" + mode().key() + ", appType=" + appType + "]";
  }
}
