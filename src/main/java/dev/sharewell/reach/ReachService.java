package dev.sharewell.reach;

import dev.sharewell.identity.Platform;
import dev.sharewell.member.Member;
import dev.sharewell.member.Network;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * Potential reach (the audiences of everyone who joined) and realised reach (the audiences of those
 * who shared), from the follower counts members entered, with a default size per network where they
 * entered none. docs/reach.md has the formula.
 */
public final class ReachService {
  private final Jdbi jdbi;
  private final Map<Network, Integer> defaults;
  private final Map<Network, Integer> brand;

  public ReachService(Jdbi jdbi, Map<Network, Integer> defaults, Map<Network, Integer> brand) {
    this.jdbi = jdbi;
    this.defaults = Map.copyOf(defaults);
    this.brand = Map.copyOf(brand);
  }

  public Map<Network, Integer> brand() {
    return brand;
  }

  public Map<Network, Integer> defaults() {
    return defaults;
  }

  /** The sum over opted-in members of the audiences on the networks they use. */
  public long potential(Platform platform, String workspaceId) {
    return sum(jdbi.withExtension(Dao.class, dao -> dao.optedInAudiences(platform, workspaceId)));
  }

  /** The sum over the member-network pairs that shared in [from, to), each counted once. */
  public long realised(Platform platform, String workspaceId, Instant from, Instant to) {
    return sum(
        jdbi.withExtension(Dao.class, dao -> dao.sharedAudiences(platform, workspaceId, from, to)));
  }

  /**
   * Realised reach of one item in one workspace: each member-network that reported it counted once
   * (a forgotten member's shares count as one anonymous audience of the default size).
   */
  public long realisedFor(Platform platform, String workspaceId, long contentId) {
    return sum(
        jdbi.withExtension(Dao.class, dao -> dao.itemAudiences(platform, workspaceId, contentId)));
  }

  /** One member's own reach: their audiences on the networks they use. */
  public long of(Member member) {
    long total = 0;
    for (Map.Entry<Network, Integer> used : member.preferences().networks().entrySet()) {
      total += used.getValue() != null ? used.getValue() : defaults.getOrDefault(used.getKey(), 0);
    }
    return total;
  }

  public long brandTotal() {
    return brand.values().stream().mapToLong(Integer::longValue).sum();
  }

  private long sum(List<Audience> audiences) {
    long total = 0;
    for (Audience audience : audiences) {
      total +=
          audience.followers() != null
              ? audience.followers()
              : defaults.getOrDefault(audience.network(), 0);
    }
    return total;
  }

  /** One member's audience on one network (followers null: not entered). */
  record Audience(Network network, Integer followers) {}

  @RegisterConstructorMapper(Audience.class)
  interface Dao {
    @SqlQuery(
        "SELECT n.network, n.followers FROM member_networks n JOIN members m ON m.id = n.member_id"
            + " WHERE m.platform = :platform AND m.workspace_id = :workspaceId"
            + " AND m.opted_in_at IS NOT NULL")
    List<Audience> optedInAudiences(Platform platform, String workspaceId);

    @SqlQuery(
        "SELECT s.network, (SELECT n.followers FROM member_networks n WHERE n.member_id = s.member_id"
            + " AND n.network = s.network) AS followers"
            + " FROM (SELECT DISTINCT member_id, network FROM shares"
            + "   WHERE platform = :platform AND workspace_id = :workspaceId"
            + "   AND reported_at >= :from AND reported_at < :to) s")
    List<Audience> sharedAudiences(Platform platform, String workspaceId, Instant from, Instant to);

    @SqlQuery(
        "SELECT s.network, (SELECT n.followers FROM member_networks n WHERE n.member_id = s.member_id"
            + " AND n.network = s.network) AS followers"
            + " FROM (SELECT DISTINCT member_id, network FROM shares WHERE content_id = :contentId"
            + " AND platform = :platform AND workspace_id = :workspaceId) s")
    List<Audience> itemAudiences(Platform platform, String workspaceId, long contentId);
  }
}
