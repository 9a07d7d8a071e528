package dev.sharewell.delivery;

import dev.sharewell.audit.AuditLog;
import dev.sharewell.chat.ChatDeliveryException;
import dev.sharewell.chat.ChatGateway;
import dev.sharewell.chat.Recipient;
import dev.sharewell.chat.SentMessage;
import dev.sharewell.common.Message;
import dev.sharewell.common.NotAllowedException;
import dev.sharewell.content.ContentItem;
import dev.sharewell.content.ContentService;
import dev.sharewell.member.Member;
import dev.sharewell.member.MemberService;
import dev.sharewell.member.Role;
import dev.sharewell.member.Workspaces;
import dev.sharewell.personalise.Prompts;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends this week's digest now to everyone due. Each digest is first recorded in the outbox, unique
 * per member and week, so nobody gets it twice however often this runs.
 */
public final class DigestSender {
  private static final Logger LOG = LoggerFactory.getLogger(DigestSender.class);

  private final Jdbi jdbi;
  private final Clock clock;
  private final ZoneId zone;
  private final MemberService members;
  private final Workspaces workspaces;
  private final ContentService content;
  private final ChatGateway gateway;
  private final Executor executor;
  private final AuditLog audit;
  private final int maxItems;

  public DigestSender(
      Jdbi jdbi,
      Clock clock,
      ZoneId zone,
      MemberService members,
      Workspaces workspaces,
      ContentService content,
      ChatGateway gateway,
      Executor executor,
      AuditLog audit,
      int maxItems) {
    this.jdbi = jdbi;
    this.clock = clock;
    this.zone = zone;
    this.members = members;
    this.workspaces = workspaces;
    this.content = content;
    this.gateway = gateway;
    this.executor = executor;
    this.audit = audit;
    this.maxItems = maxItems;
  }

  /**
   * Starts sending this week's digest to every opted-in, unpaused member who has not had it, in the
   * background. Only comms and admins may. Returns how many members are due.
   */
  public int sendNow(Member actor) {
    if (!actor.has(Role.COMMS) && !actor.has(Role.ADMIN)) {
      throw new NotAllowedException(Message.of("error.role_required", Role.COMMS.key()));
    }
    Instant now = clock.instant();
    String period = Periods.weekOf(now, zone);
    List<Member> due = new ArrayList<>();
    for (Member member : members.optedIn()) {
      if (!member.isPausedAt(now) && !hasDelivery(member, period)) {
        due.add(member);
      }
    }
    audit.record(actor, "digest.send_now", period, due.size() + " due");
    executor.execute(() -> due.forEach(member -> deliver(member, period)));
    return due.size();
  }

  private boolean hasDelivery(Member member, String period) {
    return jdbi.withExtension(DeliveryDao.class, dao -> dao.find(member.id(), period)).isPresent();
  }

  /** Plans, composes and sends one member's digest; a failure is recorded, never thrown. */
  void deliver(Member planned, String period) {
    Instant now = clock.instant();
    // Read the member again: someone who left or paused since gets nothing.
    Member member = members.get(planned.id());
    Optional<Long> delivery =
        jdbi.inTransaction(
            handle -> {
              DeliveryDao dao = handle.attach(DeliveryDao.class);
              if (dao.plan(member.id(), period, now, now) == 0) {
                return Optional.empty();
              }
              return dao.find(member.id(), period);
            });
    if (delivery.isEmpty()) {
      return;
    }
    long id = delivery.get();
    if (!member.isOptedIn()
        || member.isPausedAt(now)
        || !workspaces.isActive(member.identity().platform(), member.identity().workspaceId())) {
      end(id, "SKIPPED", "member left, paused or workspace uninstalled");
      return;
    }
    List<DigestEntry> entries = compose(member, id);
    if (entries.isEmpty()) {
      end(id, "SKIPPED", "nothing to send");
      return;
    }
    try {
      SentMessage sent =
          gateway.send(Recipient.person(member.identity()), DigestMessage.render(member, entries));
      jdbi.useExtension(
          DeliveryDao.class, dao -> dao.markSent(id, sent.messageId(), clock.instant()));
    } catch (ChatDeliveryException e) {
      LOG.warn("Digest {} to member {} failed: {} {}", id, member.id(), e.kind(), e.reason());
      if (e.kind() == ChatDeliveryException.Kind.BLOCKED) {
        members.leave(member, e.reason());
      }
      end(id, "FAILED", e.kind() + ": " + e.reason());
    } catch (RuntimeException e) {
      LOG.error("Digest {} to member {} failed", id, member.id(), e);
      end(id, "FAILED", e.getClass().getSimpleName());
    }
  }

  private List<DigestEntry> compose(Member member, long deliveryId) {
    List<ContentItem> picked =
        DigestPicker.pick(
            content.listLive(),
            jdbi.withExtension(DeliveryDao.class, dao -> dao.sentContentIds(member.id())),
            content.dismissedBy(member),
            member.language(),
            maxItems);
    return jdbi.inTransaction(
        handle -> {
          DeliveryDao dao = handle.attach(DeliveryDao.class);
          List<DigestEntry> entries = new ArrayList<>();
          for (ContentItem item : picked) {
            int index = dao.recipientCount(item.id());
            String promptKey = Prompts.keyFor(index, item.id());
            dao.addItem(deliveryId, item.id(), entries.size(), promptKey);
            entries.add(new DigestEntry(item, promptKey, Prompts.caption(index, item.captions())));
          }
          return entries;
        });
  }

  private void end(long id, String status, String reason) {
    jdbi.useExtension(DeliveryDao.class, dao -> dao.markEnded(id, status, reason, clock.instant()));
  }

  /** The prompt key given to this member with this item, if a digest carried it. */
  public Optional<String> promptGiven(Member member, long contentId) {
    return jdbi.withExtension(DeliveryDao.class, dao -> dao.promptGiven(member.id(), contentId));
  }
}
