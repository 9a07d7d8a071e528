package dev.sharewell.content;

import dev.sharewell.audit.AuditLog;
import dev.sharewell.common.InvalidInputException;
import dev.sharewell.common.Language;
import dev.sharewell.common.Message;
import dev.sharewell.common.NotAllowedException;
import dev.sharewell.common.NotFoundException;
import dev.sharewell.member.Member;
import dev.sharewell.personalise.Prompts;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/** Content items: comms add them, everyone sees what is live, comms archive them. */
public final class ContentService {
  private static final String UNIQUE_VIOLATION = "23505";

  private final Jdbi jdbi;
  private final Clock clock;
  private final ZoneId zone;
  private final AuditLog audit;
  private final Prompts prompts;
  private final java.util.concurrent.atomic.AtomicLong version =
      new java.util.concurrent.atomic.AtomicLong();

  /**
   * @param zone the organisation's time zone, in which "live until" dates end
   * @param prompts where an item's own prompts go, in the same transaction as the item
   */
  public ContentService(Jdbi jdbi, Clock clock, ZoneId zone, AuditLog audit, Prompts prompts) {
    this.jdbi = jdbi;
    this.clock = clock;
    this.zone = zone;
    this.audit = audit;
    this.prompts = prompts;
  }

  /**
   * Adds a content item for comms or an admin.
   *
   * @throws NotAllowedException when {@code actor} is neither comms nor admin
   * @throws InvalidInputException naming every field at fault, or the url when it is already live
   */
  public ContentItem add(Member actor, ContentDraft draft) {
    return add(actor, draft, List.of());
  }

  /**
   * Adds a content item with prompts of its own, which come first in its prompt rotation.
   *
   * @param itemPrompts checked with {@link Prompts#readLines}
   */
  public ContentItem add(Member actor, ContentDraft draft, List<String> itemPrompts) {
    actor.requireComms();
    Instant now = clock.instant();
    NewContent content = ContentValidation.validate(draft, now, zone);
    try {
      return jdbi.inTransaction(
          handle -> {
            ContentItem item = insert(handle, actor, content, now);
            prompts.addToItem(handle, item.id(), item.language(), itemPrompts);
            return item;
          });
    } catch (UnableToExecuteStatementException e) {
      if (isUniqueViolation(e)) {
        // Someone added the same url a moment ago, between our check and our insert.
        throw duplicate(findLiveByUrl(content.url()).orElse(null));
      }
      throw e;
    }
  }

  private ContentItem insert(Handle handle, Member actor, NewContent content, Instant now) {
    ContentDao dao = handle.attach(ContentDao.class);
    dao.expireEnded(content.url(), now);
    Optional<ContentRow> live = dao.findLiveByUrl(content.url());
    if (live.isPresent()) {
      throw duplicate(live.get());
    }
    long id =
        dao.insert(
            content.title(),
            content.url(),
            content.summary().orElse(null),
            content.kind(),
            content.language().code(),
            now,
            content.liveUntil(),
            actor.id());
    dao.insertTags(id, content.tags());
    dao.insertCaptions(
        id, IntStream.range(0, content.captions().size()).boxed().toList(), content.captions());
    audit.record(handle, actor, "content.add", "content:" + id, content.url());
    version.incrementAndGet();
    return assemble(dao, List.of(dao.findById(id).orElseThrow())).get(0);
  }

  private static InvalidInputException duplicate(ContentRow existing) {
    if (existing == null) {
      return InvalidInputException.of(ContentDraft.URL, "error.content.url_duplicate_unknown");
    }
    return InvalidInputException.of(
        ContentDraft.URL, "error.content.url_duplicate", existing.title(), existing.id());
  }

  /**
   * A number that changes whenever this instance adds or archives an item, so readers may cache the
   * live list between changes.
   */
  public long version() {
    return version.get();
  }

  /** Live items, newest first. */
  public List<ContentItem> listLive() {
    Instant now = clock.instant();
    return jdbi.withHandle(
        handle -> {
          ContentDao dao = handle.attach(ContentDao.class);
          return assemble(dao, dao.findLive(now));
        });
  }

  public ContentItem get(long id) {
    return find(id)
        .orElseThrow(() -> new NotFoundException(Message.of("error.content.unknown", id)));
  }

  public Optional<ContentItem> find(long id) {
    return jdbi.withHandle(
        handle -> {
          ContentDao dao = handle.attach(ContentDao.class);
          return dao.findById(id).map(row -> assemble(dao, List.of(row)).get(0));
        });
  }

  /** The items with these ids, in id order; unknown ids are left out. */
  public List<ContentItem> getAll(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbi.withHandle(
        handle -> {
          ContentDao dao = handle.attach(ContentDao.class);
          return assemble(dao, dao.findByIds(ids));
        });
  }

  /** Takes a live item down so it is suggested no more. Returns false when it was not live. */
  public boolean archive(Member actor, long id) {
    actor.requireComms();
    get(id);
    return jdbi.inTransaction(
        handle -> {
          boolean archived = handle.attach(ContentDao.class).archive(id) == 1;
          if (archived) {
            version.incrementAndGet();
            audit.record(handle, actor, "content.archive", "content:" + id, null);
          }
          return archived;
        });
  }

  /** "Not for me": the item is never suggested to this member again. */
  public void dismiss(Member member, long contentId) {
    get(contentId);
    jdbi.useExtension(
        ContentDao.class, dao -> dao.dismiss(member.id(), contentId, clock.instant()));
  }

  /** The items this member dismissed. */
  public java.util.Set<Long> dismissedBy(Member member) {
    return jdbi.withExtension(ContentDao.class, dao -> dao.dismissedBy(member.id()));
  }

  private Optional<ContentRow> findLiveByUrl(String url) {
    return jdbi.withExtension(ContentDao.class, dao -> dao.findLiveByUrl(url));
  }

  private static boolean isUniqueViolation(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  private static List<ContentItem> assemble(ContentDao dao, List<ContentRow> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    List<Long> ids = rows.stream().map(ContentRow::id).toList();
    Map<Long, List<String>> tags = new HashMap<>();
    dao.tagsOf(ids)
        .forEach(t -> tags.computeIfAbsent(t.contentId(), k -> new ArrayList<>()).add(t.tag()));
    Map<Long, List<String>> captions = new HashMap<>();
    dao.captionsOf(ids)
        .forEach(
            c -> captions.computeIfAbsent(c.contentId(), k -> new ArrayList<>()).add(c.text()));
    return rows.stream()
        .map(
            row ->
                new ContentItem(
                    row.id(),
                    row.title(),
                    row.url(),
                    Optional.ofNullable(row.summary()),
                    row.kind(),
                    tags.getOrDefault(row.id(), List.of()),
                    Language.fromTag(row.language()).orElse(Language.EN),
                    row.liveFrom(),
                    row.liveUntil(),
                    row.status(),
                    captions.getOrDefault(row.id(), List.of()),
                    Optional.ofNullable(row.createdBy()),
                    row.createdAt()))
        .toList();
  }
}
