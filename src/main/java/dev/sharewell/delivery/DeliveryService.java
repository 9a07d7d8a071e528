package dev.sharewell.delivery;

import dev.sharewell.audit.AuditLog;
import dev.sharewell.common.Periods;
import dev.sharewell.identity.Platform;
import dev.sharewell.identity.PlatformUser;
import dev.sharewell.member.Member;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The weekly digest engine's face: plan what is due, send it, "digest now", "digest status", and
 * invitations, which go through the same outbox. Planning and sending are safe to run on several
 * instances at once: the outbox row is unique per member and period (per person for invitations),
 * and each workspace is dispatched by one lease holder at a time.
 */
public final class DeliveryService implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(DeliveryService.class);

  private final Jdbi jdbi;
  private final Clock clock;
  private final DeliveryConfig config;
  private final Dispatcher dispatcher;
  private final SendPauses pauses;
  private final LeaseHeartbeat heartbeat;
  private final Executor background;
  private final AuditLog audit;

  public DeliveryService(
      Jdbi jdbi,
      Clock clock,
      DeliveryConfig config,
      Dispatcher dispatcher,
      SendPauses pauses,
      LeaseHeartbeat heartbeat,
      Executor background,
      AuditLog audit) {
    this.jdbi = jdbi;
    this.clock = clock;
    this.config = config;
    this.dispatcher = dispatcher;
    this.pauses = pauses;
    this.heartbeat = heartbeat;
    this.background = background;
    this.audit = audit;
  }

  /** Plans every member whose digest is due within the horizon; returns how many were planned. */
  public int planDue() {
    Instant now = clock.instant();
    String current = Periods.weekOf(now, config.rules().orgZone());
    Set<OutboxDao.Planned> existing = plannedIn(current);
    PlanBatch batch = new PlanBatch();
    for (PlanningDao.CandidateRow row :
        jdbi.withExtension(PlanningDao.class, PlanningDao::candidates)) {
      Optional<PlannedDigest> digest = DigestPlanner.plan(Candidates.of(row), config.rules(), now);
      if (digest.isPresent()
          && !existing.contains(new OutboxDao.Planned(row.id(), digest.get().period()))) {
        batch.add(row, digest.get().period(), digest.get().dueAt());
      }
    }
    return batch.insert(jdbi, now);
  }

  /** Sends what is due, on the background executor. */
  public void dispatchSoon() {
    try {
      background.execute(dispatcher::dispatchDue);
    } catch (RejectedExecutionException e) {
      // Busy, or stopping: the next tick of the scheduler sends them.
      LOG.info("Sending starts with the next tick: the background queue is full");
    }
  }

  /** Sends what is due now, on the calling thread (the scheduler's tick). */
  public void dispatchDue() {
    dispatcher.dispatchDue();
  }

  /**
   * "digest now": plans this period's digest, due now, for everyone of the actor's workspace whose
   * cadence allows it and who has not had one, brings forward any planned for later, and starts
   * sending. Returns how many members it concerns.
   */
  public int sendNow(Member actor) {
    actor.requireComms();
    // Stored times keep microseconds: with the clock's nanoseconds, a row just planned "now"
    // could be stored a hair later than now and be brought forward, and counted, twice.
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    String period = Periods.weekOf(now, config.rules().orgZone());
    Platform platform = actor.identity().platform();
    String workspace = actor.identity().workspaceId();
    Set<OutboxDao.Planned> existing = plannedIn(period);
    PlanBatch batch = new PlanBatch();
    for (PlanningDao.CandidateRow row :
        jdbi.withExtension(PlanningDao.class, dao -> dao.candidatesIn(platform, workspace))) {
      PlanCandidate candidate = Candidates.of(row);
      boolean paused = candidate.pausedUntil().map(now::isBefore).orElse(false);
      if (!paused
          && DigestPlanner.cadenceAllows(candidate, period)
          && !existing.contains(new OutboxDao.Planned(row.id(), period))) {
        batch.add(row, period, now);
      }
    }
    // Planned, brought forward and audited together, or not at all: a "digest now" answered with
    // an apology has changed nothing.
    int due =
        jdbi.inTransaction(
            handle -> {
              int planned = batch.insert(handle, now);
              int moved =
                  handle.attach(OutboxDao.class).bringForward(period, platform, workspace, now);
              audit.record(handle, actor, "digest.send_now", period, (planned + moved) + " due");
              return planned + moved;
            });
    dispatchSoon();
    return due;
  }

  /** What queueing invitations did: people newly invited, and people invited before. */
  public record Invited(int invited, int invitedBefore) {}

  /**
   * Queues an invitation to each of {@code people} in the inviter's own workspace who was never
   * invited before (however often they are named, or in however many channels), and starts sending.
   * Sending is the outbox's: rate-limited, retried, once per person.
   */
  public Invited invite(Member inviter, Collection<PlatformUser> people) {
    inviter.requireAdmin();
    Platform platform = inviter.identity().platform();
    String workspace = inviter.identity().workspaceId();
    List<String> ids =
        people.stream()
            .filter(p -> p.platform() == platform && p.workspaceId().equals(workspace))
            .map(PlatformUser::userId)
            .distinct()
            .toList();
    if (ids.isEmpty()) {
      return new Invited(0, 0);
    }
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    String period = Periods.weekOf(now, config.rules().orgZone());
    int[] counts =
        jdbi.withExtension(
            OutboxDao.class,
            dao -> dao.queueInvitations(ids, platform, workspace, period, inviter.id(), now));
    int invited = Arrays.stream(counts).map(count -> Math.max(0, count)).sum();
    if (invited > 0) {
      dispatchSoon();
    }
    return new Invited(invited, ids.size() - invited);
  }

  /**
   * This period's digests by state in the actor's workspace, an estimate of when its last due
   * digest is out, and whether sending there is paused.
   */
  public DigestStatus status(Member actor) {
    actor.requireComms();
    Instant now = clock.instant();
    String period = Periods.weekOf(now, config.rules().orgZone());
    Platform platform = actor.identity().platform();
    String workspace = actor.identity().workspaceId();
    Map<String, Integer> counts = new HashMap<>();
    jdbi.withExtension(OutboxDao.class, dao -> dao.countsIn(period, platform, workspace))
        .forEach(c -> counts.put(c.status(), c.count()));
    Optional<Instant> paused = pauses.pausedAt(platform, workspace, now);
    int open = counts.getOrDefault("PLANNED", 0) + counts.getOrDefault("SENDING", 0);
    if (open == 0) {
      return new DigestStatus(period, counts, Optional.empty(), paused);
    }
    double slowest =
        config.perSecond().values().stream().mapToDouble(Double::doubleValue).min().orElse(5);
    Instant byRate = now.plus(Duration.ofMillis((long) (open / slowest * 1000)));
    Instant lastDue =
        jdbi.withExtension(OutboxDao.class, dao -> dao.lastDueIn(period, platform, workspace))
            .orElse(now);
    Instant finish = byRate.isAfter(lastDue) ? byRate : lastDue;
    if (paused.isPresent() && paused.get().plus(Duration.between(now, byRate)).isAfter(finish)) {
      finish = paused.get().plus(Duration.between(now, byRate));
    }
    return new DigestStatus(period, counts, Optional.of(finish), paused);
  }

  /** What a digest gave this member with an item: its prompt and caption position. */
  public record Given(Optional<Long> promptId, Optional<Integer> captionPosition) {}

  /** What the member's latest digest holding this item gave them with it, if one did. */
  public Optional<Given> given(Member member, long contentId) {
    return jdbi.withExtension(OutboxDao.class, dao -> dao.given(member.id(), contentId))
        .map(
            row ->
                new Given(
                    Optional.ofNullable(row.promptId()),
                    Optional.ofNullable(row.captionPosition())));
  }

  /** Stops the lease heartbeat (the application is stopping). */
  @Override
  public void close() {
    heartbeat.close();
  }

  private Set<OutboxDao.Planned> plannedIn(String current) {
    return Set.copyOf(
        jdbi.withExtension(
            OutboxDao.class, dao -> dao.plannedIn(List.of(current, Periods.next(current)))));
  }
}
