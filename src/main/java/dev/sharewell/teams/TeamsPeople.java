package dev.sharewell.teams;

import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import dev.sharewell.conversation.Origin;
import dev.sharewell.identity.Platform;
import dev.sharewell.identity.PlatformUser;
import dev.sharewell.identity.Profile;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Who sent an activity, as the core knows people: the Teams user id in the tenant, with the name,
 * locale and time zone Teams tells on every message.
 */
final class TeamsPeople {
  private TeamsPeople() {}

  static PlatformUser sender(Activity activity) {
    return new PlatformUser(
        Platform.TEAMS, TeamsChat.tenantOf(activity), activity.getFrom().getId());
  }

  static Origin origin(TurnContext turn) {
    Activity activity = turn.getActivity();
    TeamsChat where = TeamsChat.of(activity);
    return new Origin(
        sender(activity),
        profile(turn),
        where.isPersonal() ? Optional.empty() : Optional.of(where.conversationId()),
        where.isPersonal());
  }

  static Profile profile(TurnContext turn) {
    Activity activity = turn.getActivity();
    return new Profile(
        Optional.ofNullable(activity.getFrom().getName()).filter(n -> !n.isBlank()),
        locale(turn),
        zone(activity.getLocalTimezone()));
  }

  /** The locale the activity came with (kept aside by {@link SdkAdapter}). */
  static Optional<String> locale(TurnContext turn) {
    String locale = turn.getTurnState().get(SdkAdapter.LOCALE_KEY);
    return Optional.ofNullable(locale).filter(l -> !l.isBlank());
  }

  private static Optional<String> zone(String name) {
    if (name == null || name.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(ZoneId.of(name).getId());
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
