package dev.sharewell.share;

import dev.sharewell.identity.Platform;
import dev.sharewell.member.Member;
import dev.sharewell.member.Network;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * What happened to each item comms added lately: sent to, shared where, personalised, dismissed.
 */
public final class ContentStats {
  private final Jdbi jdbi;

  public ContentStats(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** One item's numbers. */
  public record ItemStats(
      long contentId,
      String title,
      int sentTo,
      Map<Network, Integer> sharesByNetwork,
      int personalised,
      int notForMe) {
    public int shares() {
      return sharesByNetwork.values().stream().mapToInt(Integer::intValue).sum();
    }
  }

  /**
   * Items added since {@code since}, newest first, with the numbers of the actor's own workspace
   * only (comms and admins).
   */
  public List<ItemStats> since(Member actor, Instant since) {
    actor.requireComms();
    Platform platform = actor.identity().platform();
    String workspace = actor.identity().workspaceId();
    return jdbi.withExtension(
        Dao.class,
        dao ->
            dao.items(since).stream()
                .map(
                    item -> {
                      Map<Network, Integer> byNetwork = new EnumMap<>(Network.class);
                      int personalised = 0;
                      for (NetworkCount count : dao.sharesOf(item.id(), platform, workspace)) {
                        byNetwork.put(count.network(), count.shares());
                        personalised += count.personalised();
                      }
                      return new ItemStats(
                          item.id(),
                          item.title(),
                          dao.sentTo(item.id(), platform, workspace),
                          byNetwork,
                          personalised,
                          dao.dismissals(item.id(), platform, workspace));
                    })
                .toList());
  }

  record ItemRow(long id, String title) {}

  record NetworkCount(Network network, int shares, int personalised) {}

  @RegisterConstructorMapper(ItemRow.class)
  @RegisterConstructorMapper(NetworkCount.class)
  interface Dao {
    @SqlQuery(
        "SELECT id, title FROM content_items WHERE created_at >= :since"
            + " ORDER BY created_at DESC, id DESC")
    List<ItemRow> items(Instant since);

    @SqlQuery(
        "SELECT network, COUNT(*) AS shares,"
            + " SUM(CASE WHEN personalised THEN 1 ELSE 0 END) AS personalised"
            + " FROM shares WHERE content_id = :id AND platform = :platform"
            + " AND workspace_id = :workspace GROUP BY network")
    List<NetworkCount> sharesOf(@Bind("id") long contentId, Platform platform, String workspace);

    @SqlQuery(
        "SELECT COUNT(*) FROM delivery_items i JOIN deliveries d ON d.id = i.delivery_id"
            + " WHERE i.content_id = :id AND d.platform = :platform AND d.workspace_id = :workspace"
            + " AND d.status = 'SENT'")
    int sentTo(@Bind("id") long contentId, Platform platform, String workspace);

    @SqlQuery(
        "SELECT COUNT(*) FROM dismissals x JOIN members m ON m.id = x.member_id"
            + " WHERE x.content_id = :id AND m.platform = :platform AND m.workspace_id = :workspace")
    int dismissals(@Bind("id") long contentId, Platform platform, String workspace);
  }
}
