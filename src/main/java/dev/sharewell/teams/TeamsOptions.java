package dev.sharewell.teams;

import java.util.Optional;

/**
 * What the Teams adapter is configured with. An empty app id means local mode: no tokens in or out,
 * and only activities from a loopback service url. Secrets never appear in {@link #toString()}.
 *
 * @param loginUrl Microsoft Entra ID, where outbound tokens are asked for (the tenant is appended)
 * @param openIdMetadataUrl where the keys that sign the Bot Connector's tokens are published
 */
public record TeamsOptions(
    Optional<String> appId,
    Optional<String> appPassword,
    Optional<String> tenantId,
    boolean singleTenant,
    String loginUrl,
    String openIdMetadataUrl) {

  /** Whether the bot runs without credentials, for the Microsoft 365 Agents Playground. */
  public boolean localMode() {
    return appId.isEmpty();
  }

  /** The app id, or the empty string the Bot Framework SDK takes for "none". */
  String appIdOrEmpty() {
    return appId.orElse("");
  }

  /** The tenant outbound tokens are asked in: the app's own for single-tenant apps. */
  String tokenTenant() {
    return singleTenant ? tenantId.orElseThrow() : "botframework.com";
  }

  @Override
  public String toString() {
    return "TeamsOptions[localMode="
        + localMode()
        + ", singleTenant="
        + singleTenant
        + ", loginUrl="
        + loginUrl
        + "]";
  }
}
