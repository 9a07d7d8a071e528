package dev.sharewell.member;

import java.util.Objects;

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

  /** The form used in {@code SHAREWELL_ADMINS}: {@code slack:U0123}, {@code teams:29:1abc}. */
  public String qualifiedId() {
    return platform.key() + ":" + userId;
  }

  private static void requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }
}
