package dev.sharewell.identity;

import java.util.Objects;
import java.util.Optional;

/**
 * Who a person is on one platform: the platform, the Slack workspace (team id) or Teams tenant, and
 * the platform's user id.
 */
public record PlatformUser(Platform platform, String workspaceId, String userId) {
  public PlatformUser {
    Objects.requireNonNull(platform, "platform");
    requireText(workspaceId, "workspaceId");
    requireText(userId, "userId");
  }

  /**
   * The form used in {@code SHAREWELL_ADMINS} and in logs: the platform, the workspace or tenant,
   * and the user, as in {@code slack:T0123/U0456} or {@code teams:<tenant-id>/29:1abc}.
   */
  public String qualifiedId() {
    return platform.key() + ":" + workspaceId + "/" + userId;
  }

  /**
   * Reads a {@link #qualifiedId()}; empty when it is not one (an unknown platform, no workspace).
   * Workspace and tenant ids hold no slash, so the first one ends the workspace.
   */
  public static Optional<PlatformUser> parseQualified(String text) {
    int colon = text.indexOf(':');
    int slash = text.indexOf('/');
    if (colon <= 0 || slash < colon + 2 || slash == text.length() - 1) {
      return Optional.empty();
    }
    return Platform.fromKey(text.substring(0, colon))
        .filter(p -> !text.substring(colon + 1, slash).isBlank())
        .filter(p -> !text.substring(slash + 1).isBlank())
        .map(p -> new PlatformUser(p, text.substring(colon + 1, slash), text.substring(slash + 1)));
  }

  private static void requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }
}
