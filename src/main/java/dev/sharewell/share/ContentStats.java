package dev.sharewell.share;

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

  /** Items added since {@code since}, newest first. */
  public List<ItemStats> since(Instant since) {
    return jdbi.withExtension(
        Dao.class,
        dao ->
            dao.items(since).stream()
                .map(
                    item -> {
                      Map<Network, Integer> byNetwork = new EnumMap<>(Network.class);
                      int personalised = 0;
                      for (NetworkCount count : dao.sharesOf(item.id())) {
                        byNetwork.put(count.network(), count.shares());
                        personalised += count.personalised();
                      }
                      return new ItemStats(
                          item.id(),
                          item.title(),
                          item.recipients(),
                          byNetwork,
                          personalised,
                          dao.dismissals(item.id()));
                    })
                .toList());
  }

  record ItemRow(long id, String title, int recipients) {}

  record NetworkCount(Network network, int shares, int personalised) {}

  @RegisterConstructorMapper(ItemRow.class)
  @RegisterConstructorMapper(NetworkCount.class)
  interface Dao {
    @SqlQuery(
        "SELECT id, title, recipients FROM content_items WHERE created_at >= :since"
            + " ORDER BY created_at DESC, id DESC")
    List<ItemRow> items(@Bind("since") Instant since);

    @SqlQuery(
        "SELECT network, COUNT(*) AS shares,"
            + " SUM(CASE WHEN personalised THEN 1 ELSE 0 END) AS personalised"
            + " FROM shares WHERE content_id = :id GROUP BY network")
    List<NetworkCount> sharesOf(@Bind("id") long contentId);

    @SqlQuery("SELECT COUNT(*) FROM dismissals WHERE content_id = :id")
    int dismissals(@Bind("id") long contentId);
  }
}
