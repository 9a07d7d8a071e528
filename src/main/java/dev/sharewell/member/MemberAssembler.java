package dev.sharewell.member;

import dev.sharewell.common.Language;
import dev.sharewell.identity.PlatformUser;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Turns member rows with their role and network rows into {@link Member}s. */
final class MemberAssembler {
  private MemberAssembler() {}

  static List<Member> assemble(MemberDao dao, List<MemberRow> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    List<Long> ids = rows.stream().map(MemberRow::id).toList();
    Map<Long, Set<Role>> roles = new HashMap<>();
    for (RoleRow role : dao.rolesOf(ids)) {
      roles.computeIfAbsent(role.memberId(), id -> EnumSet.noneOf(Role.class)).add(role.role());
    }
    Map<Long, Map<Network, Integer>> networks = new HashMap<>();
    for (NetworkRow network : dao.networksOf(ids)) {
      networks
          .computeIfAbsent(network.memberId(), id -> new EnumMap<>(Network.class))
          .put(network.network(), network.followers());
    }
    return rows.stream()
        .map(
            row ->
                toMember(
                    row,
                    roles.getOrDefault(row.id(), Set.of()),
                    networks.getOrDefault(row.id(), Map.of())))
        .toList();
  }

  static Member assemble(MemberDao dao, MemberRow row) {
    return assemble(dao, List.of(row)).get(0);
  }

  private static Member toMember(MemberRow row, Set<Role> roles, Map<Network, Integer> networks) {
    Optional<QuietHours> quiet =
        row.quietStartMinute() == null || row.quietEndMinute() == null
            ? Optional.empty()
            : Optional.of(
                new QuietHours(minute(row.quietStartMinute()), minute(row.quietEndMinute())));
    Preferences preferences =
        new Preferences(
            networks,
            Optional.ofNullable(row.preferredDay()).map(DayOfWeek::valueOf),
            Optional.ofNullable(row.preferredMinute()).map(MemberAssembler::minute),
            quiet,
            Language.fromTag(row.language()),
            row.leaderboardVisible(),
            row.cadence());
    return new Member(
        row.id(),
        new PlatformUser(row.platform(), row.workspaceId(), row.userId()),
        row.displayName(),
        Optional.ofNullable(row.locale()),
        Optional.ofNullable(row.timeZone()),
        Optional.ofNullable(row.optedInAt()),
        Optional.ofNullable(row.leftAt()),
        Optional.ofNullable(row.leftReason()),
        Optional.ofNullable(row.pausedUntil()),
        roles,
        preferences,
        row.createdAt());
  }

  static LocalTime minute(int minuteOfDay) {
    return LocalTime.ofSecondOfDay(minuteOfDay * 60L);
  }

  static Integer minuteOf(LocalTime time) {
    return time.getHour() * 60 + time.getMinute();
  }
}
