package dev.sharewell.app;

import java.util.Locale;
import java.util.Optional;

/**
 * Microsoft Teams (Bot Framework) credentials. Without an app id the bot runs in local mode for the
 * Microsoft 365 Agents Playground. The two urls are the public cloud's unless set (sovereign
 * clouds; tests point them at local fakes).
 */
public record TeamsSettings(
    Optional<String> appId,
    Optional<String> appPassword,
    Optional<String> tenantId,
    AppType appType,
    String loginUrl,
    String openIdMetadataUrl) {

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
    return new TeamsSettings(appId, password, tenant, type, loginUrl, openIdMetadataUrl);
  }

  /** With an app id every request must carry a Bot Framework token; without one, local mode. */
  public Mode mode() {
    return appId.isPresent() ? Mode.ENABLED : Mode.LOCAL;
  }

  @Override
  public String toString() {
    return "TeamsSettings[mode=" + mode().key() + ", appType=" + appType + "]";
  }
}
