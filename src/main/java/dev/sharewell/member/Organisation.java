package dev.sharewell.member;

import dev.sharewell.identity.Platform;
import dev.sharewell.identity.PlatformUser;
import java.util.Optional;
import java.util.Set;

/**
 * The organisation one deployment serves: which Slack workspaces and which Teams tenants belong to
 * it. Empty for a platform means every workspace or tenant that platform vouches for (a valid Slack
 * signature, a valid Bot Framework token). Anyone from outside is answered once, politely, and
 * nothing about them is stored.
 */
public record Organisation(
    Optional<Set<String>> slackWorkspaces, Optional<Set<String>> teamsTenants) {

  public Organisation {
    slackWorkspaces = slackWorkspaces.map(Set::copyOf);
    teamsTenants = teamsTenants.map(Set::copyOf);
  }

  /** Every workspace and tenant: for tests and tools that serve whoever reaches them. */
  public static Organisation anyone() {
    return new Organisation(Optional.empty(), Optional.empty());
  }

  /** Whether the workspace (Slack team id) or tenant belongs to this organisation. */
  public boolean includes(Platform platform, String workspaceId) {
    if (workspaceId == null || workspaceId.isBlank()) {
      return false;
    }
    if (platform == Platform.SLACK) {
      return slackWorkspaces.map(ids -> ids.contains(workspaceId)).orElse(true);
    }
    // Tenant ids are GUIDs, which are the same whatever their case.
    return teamsTenants
        .map(ids -> ids.stream().anyMatch(id -> id.equalsIgnoreCase(workspaceId)))
        .orElse(true);
  }

  public boolean includes(PlatformUser user) {
    return includes(user.platform(), user.workspaceId());
  }
}
