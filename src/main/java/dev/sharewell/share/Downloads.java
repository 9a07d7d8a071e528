package dev.sharewell.share;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * Short-lived downloads for platforms that cannot take a file from a bot (Teams): the file is kept
 * for an hour under an unguessable token, and any instance serves it. Each file records the members
 * whose data it holds, so forgetting one of them deletes it; a scheduled job deletes expired files.
 */
public final class Downloads {
  static final Duration LIFETIME = Duration.ofHours(1);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Jdbi jdbi;
  private final Clock clock;

  public Downloads(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  /** A stored file. */
  public record Download(String filename, String content) {}

  /**
   * Keeps {@code content}, which the member {@code ownerId} asked for and which holds data about
   * the members {@code about}, for an hour; returns the token that fetches it.
   */
  public String keep(long ownerId, String filename, String content, Set<Long> about) {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    Instant now = clock.instant();
    jdbi.useTransaction(
        handle -> {
          Dao dao = handle.attach(Dao.class);
          dao.insert(token, filename, content, ownerId, now.plus(LIFETIME));
          if (!about.isEmpty()) {
            dao.insertMembers(token, List.copyOf(about));
          }
        });
    return token;
  }

  /** Deletes the files past their expiry; returns how many. */
  public int removeExpired() {
    return jdbi.withExtension(Dao.class, dao -> dao.removeExpired(clock.instant()));
  }

  /** The file behind a token, while it has not expired. */
  public Optional<Download> fetch(String token) {
    if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
      return Optional.empty();
    }
    return jdbi.withExtension(Dao.class, dao -> dao.find(token, clock.instant()));
  }

  @RegisterConstructorMapper(Download.class)
  interface Dao {
    @SqlUpdate(
        "INSERT INTO exports (token, filename, content, created_by, expires_at)"
            + " VALUES (:token, :filename, :content, :by, :expires)")
    void insert(String token, String filename, String content, long by, Instant expires);

    @SqlQuery("SELECT filename, content FROM exports WHERE token = :token AND expires_at > :now")
    Optional<Download> find(String token, Instant now);

    @SqlBatch("INSERT INTO export_members (token, member_id) VALUES (:token, :memberId)")
    void insertMembers(String token, @Bind("memberId") List<Long> memberIds);

    @SqlUpdate("DELETE FROM exports WHERE expires_at <= :now")
    int removeExpired(Instant now);
  }
}
