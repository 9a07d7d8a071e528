package dev.sharewell.member;

import dev.sharewell.audit.AuditLog;
import dev.sharewell.common.InvalidInputException;
import dev.sharewell.common.Message;
import dev.sharewell.common.NotAllowedException;
import dev.sharewell.common.NotFoundException;
import dev.sharewell.identity.Platform;
import dev.sharewell.identity.PlatformUser;
import dev.sharewell.identity.Profile;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Members: who they are, whether they joined, their roles and preferences. Participation is
 * voluntary, so nothing here opts anyone in except {@link #join}, called when they press Join.
 */
public final class MemberService {
  static final Duration MAX_PAUSE = Duration.ofDays(182);

  /** The most followers a member may give for one network; the settings form uses it too. */
  public static final int MAX_FOLLOWERS = 100_000_000;

  private final Jdbi jdbi;
  private final Clock clock;
  private final Set<String> initialAdmins;
  private final AuditLog audit;

  /**
   * @param initialAdmins qualified platform user ids ({@code slack:U0123}) who are admins from the
   *     start
   */
  public MemberService(Jdbi jdbi, Clock clock, Set<String> initialAdmins, AuditLog audit) {
    this.jdbi = jdbi;
    this.clock = clock;
    this.initialAdmins = Set.copyOf(initialAdmins);
    this.audit = audit;
  }

  /**
   * Finds the member with this identity, creating them (not opted in) on first sight, and refreshes
   * what the platform told about them.
   */
  public Member identify(PlatformUser user, Profile profile) {
    return jdbi.inTransaction(
        handle -> {
          MemberDao dao = handle.attach(MemberDao.class);
          Instant now = clock.instant();
          String name = profile.displayName().filter(n -> !n.isBlank()).orElse(user.userId());
          // Read first: nearly every request comes from someone already known, and an insert
          // attempt is a write even when it conflicts.
          Optional<MemberRow> known =
              dao.findByIdentity(user.platform(), user.workspaceId(), user.userId());
          int created =
              known.isPresent()
                  ? 0
                  : dao.insertIfAbsent(
                      user.platform(),
                      user.workspaceId(),
                      user.userId(),
                      name,
                      profile.locale().orElse(null),
                      profile.timeZone().orElse(null),
                      now);
          MemberRow row =
              known.isPresent()
                  ? known.get()
                  : dao.findByIdentity(user.platform(), user.workspaceId(), user.userId())
                      .orElseThrow();
          if (created == 1) {
            Map<Network, Integer> defaults = Preferences.defaults().networks();
            dao.insertNetworks(
                row.id(), List.copyOf(defaults.keySet()), new ArrayList<>(defaults.values()));
          } else if (profileChanged(row, profile)) {
            dao.updateProfile(
                row.id(),
                newName(row, profile).orElse(row.displayName()),
                profile.locale().orElse(row.locale()),
                profile.timeZone().orElse(row.timeZone()),
                now);
            row = dao.findById(row.id()).orElseThrow();
          }
          if (initialAdmins.contains(user.qualifiedId())) {
            dao.grantRole(row.id(), Role.ADMIN, null, now);
          }
          return MemberAssembler.assemble(dao, row);
        });
  }

  private static boolean profileChanged(MemberRow row, Profile profile) {
    return newName(row, profile).filter(n -> !n.equals(row.displayName())).isPresent()
        || profile.locale().filter(l -> !l.equals(row.locale())).isPresent()
        || profile.timeZone().filter(z -> !z.equals(row.timeZone())).isPresent();
  }

  /**
   * The name to store for a known member: a real name always; a guess only while Sharewell knows no
   * name for them (the name is still their user id), so a handle never overwrites a real name.
   */
  private static Optional<String> newName(MemberRow row, Profile profile) {
    return profile
        .displayName()
        .filter(n -> !n.isBlank())
        .filter(n -> !profile.nameIsGuess() || row.displayName().equals(row.userId()));
  }

  public Optional<Member> find(PlatformUser user) {
    return jdbi.withHandle(
        handle -> {
          MemberDao dao = handle.attach(MemberDao.class);
          return dao.findByIdentity(user.platform(), user.workspaceId(), user.userId())
              .map(row -> MemberAssembler.assemble(dao, row));
        });
  }

  public Member get(long id) {
    return jdbi.withHandle(handle -> load(handle, id));
  }

  /** Everyone who joined and has not left, paused or not. */
  public List<Member> optedIn() {
    return jdbi.withHandle(
        handle -> {
          MemberDao dao = handle.attach(MemberDao.class);
          return MemberAssembler.assemble(dao, dao.findOptedIn());
        });
  }

  /** The members of one workspace who hold {@code role} (not {@link Role#MEMBER}). */
  public List<Member> withRole(Platform platform, String workspaceId, Role role) {
    return jdbi.withHandle(
        handle -> {
          MemberDao dao = handle.attach(MemberDao.class);
          return MemberAssembler.assemble(dao, dao.findWithRole(platform, workspaceId, role));
        });
  }

  /** Opts the member in. Returns whether they were newly joined (false: already in). */
  public boolean join(Member member) {
    return jdbi.inTransaction(
        handle -> {
          MemberDao dao = handle.attach(MemberDao.class);
          boolean joined = dao.optIn(member.id(), clock.instant()) == 1;
          dao.setStandingsActive(member.id(), true);
          return joined;
        });
  }

  /**
   * Opts the member out: nothing more is sent to them, and they drop off the leaderboard. Returns
   * false when they were not in.
   */
  public boolean leave(Member member, String reason) {
    return jdbi.inTransaction(
        handle -> {
          MemberDao dao = handle.attach(MemberDao.class);
          boolean left = dao.optOut(member.id(), reason, clock.instant()) == 1;
          dao.setStandingsActive(member.id(), false);
          return left;
        });
  }

  /** No digests until now + {@code duration}. Returns the instant the pause ends. */
  public Instant pause(Member member, Duration duration) {
    requireOptedIn(member);
    if (duration.compareTo(Duration.ofDays(1)) < 0 || duration.compareTo(MAX_PAUSE) > 0) {
      throw InvalidInputException.of("duration", "error.pause.range", MAX_PAUSE.toDays() / 7);
    }
    Instant now = clock.instant();
    Instant until = now.plus(duration);
    jdbi.useExtension(MemberDao.class, dao -> dao.setPausedUntil(member.id(), until, now));
    return until;
  }

  /** Records that the member pressed a button or sent a form: their digests are not ignored. */
  public void noteReaction(Member member) {
    jdbi.useExtension(MemberDao.class, dao -> dao.noteReaction(member.id(), clock.instant()));
  }

  public void setIgnoredDigests(Member member, int count) {
    jdbi.useExtension(MemberDao.class, dao -> dao.setIgnoredDigests(member.id(), count));
  }

  /**
   * Pauses someone who stopped reacting, until {@code until} or until they answer the check-in;
   * unlike {@link #pause}, this is Sharewell's decision, so it has no upper bound.
   */
  public void pauseUntilAnswered(Member member, Instant until) {
    jdbi.useExtension(
        MemberDao.class, dao -> dao.setPausedUntil(member.id(), until, clock.instant()));
  }

  /** Lifts a pause. Returns false when the member was not paused. */
  public boolean resume(Member member) {
    requireOptedIn(member);
    Instant now = clock.instant();
    return jdbi.inTransaction(
        handle -> {
          MemberDao dao = handle.attach(MemberDao.class);
          boolean paused = load(handle, member.id()).isPausedAt(now);
          dao.setPausedUntil(member.id(), null, now);
          return paused;
        });
  }

  /**
   * Gives {@code target} a role, or with {@link Role#MEMBER} takes away all their roles. Only
   * admins may. Returns the target as now stored.
   */
  public Member grant(Member actor, Member target, Role role) {
    actor.requireAdmin();
    actor.requireSameWorkspace(target);
    Instant now = clock.instant();
    Member updated =
        jdbi.inTransaction(
            handle -> {
              MemberDao dao = handle.attach(MemberDao.class);
              if (role == Role.MEMBER) {
                for (Role held : load(handle, target.id()).roles()) {
                  guardOwnAdmin(actor, target, held);
                  dao.revokeRole(target.id(), held);
                }
              } else {
                dao.grantRole(target.id(), role, actor.id(), now);
              }
              audit.record(
                  handle, actor, "role.grant", target.identity().qualifiedId(), role.key());
              return load(handle, target.id());
            });
    return updated;
  }

  /** Takes {@code role} away from {@code target}. Only admins may. */
  public Member revoke(Member actor, Member target, Role role) {
    actor.requireAdmin();
    actor.requireSameWorkspace(target);
    guardOwnAdmin(actor, target, role);
    Member updated =
        jdbi.inTransaction(
            handle -> {
              handle.attach(MemberDao.class).revokeRole(target.id(), role);
              audit.record(
                  handle, actor, "role.revoke", target.identity().qualifiedId(), role.key());
              return load(handle, target.id());
            });
    return updated;
  }

  /** Stores the member's choices after checking them; returns the member as now stored. */
  public Member updatePreferences(Member member, Preferences preferences) {
    validate(preferences);
    Instant now = clock.instant();
    return jdbi.inTransaction(
        handle -> {
          MemberDao dao = handle.attach(MemberDao.class);
          dao.updatePreferences(
              member.id(),
              preferences.language().map(l -> l.code()).orElse(null),
              preferences.cadence(),
              preferences.preferredDay().map(Enum::name).orElse(null),
              preferences.preferredTime().map(MemberAssembler::minuteOf).orElse(null),
              preferences.quietHours().map(q -> MemberAssembler.minuteOf(q.start())).orElse(null),
              preferences.quietHours().map(q -> MemberAssembler.minuteOf(q.end())).orElse(null),
              preferences.leaderboardVisible(),
              now);
          dao.clearNetworks(member.id());
          dao.insertNetworks(
              member.id(),
              List.copyOf(preferences.networks().keySet()),
              new ArrayList<>(preferences.networks().values()));
          return load(handle, member.id());
        });
  }

  private static void validate(Preferences preferences) {
    if (preferences.networks().isEmpty()) {
      throw InvalidInputException.of("networks", "error.settings.no_network");
    }
    for (Map.Entry<Network, Integer> entry : preferences.networks().entrySet()) {
      Integer followers = entry.getValue();
      if (followers != null && (followers < 0 || followers > MAX_FOLLOWERS)) {
        throw InvalidInputException.of(
            "followers_" + entry.getKey().key(),
            "error.settings.followers",
            entry.getKey().displayName());
      }
    }
  }

  private static void requireOptedIn(Member member) {
    if (!member.isOptedIn()) {
      throw new NotAllowedException(Message.of("error.not_joined"));
    }
  }

  private static void guardOwnAdmin(Member actor, Member target, Role role) {
    if (actor.id() == target.id() && role == Role.ADMIN) {
      throw new NotAllowedException(Message.of("error.role.own_admin"));
    }
  }

  private static Member load(Handle handle, long id) {
    MemberDao dao = handle.attach(MemberDao.class);
    MemberRow row =
        dao.findById(id)
            .orElseThrow(() -> new NotFoundException(Message.of("error.member_unknown")));
    return MemberAssembler.assemble(dao, row);
  }
}
