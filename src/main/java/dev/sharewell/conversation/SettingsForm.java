package dev.sharewell.conversation;

import dev.sharewell.chat.ActionIds;
import dev.sharewell.chat.Form;
import dev.sharewell.chat.Input;
import dev.sharewell.common.FieldError;
import dev.sharewell.common.InvalidInputException;
import dev.sharewell.common.Language;
import dev.sharewell.common.Message;
import dev.sharewell.common.Texts;
import dev.sharewell.common.WeeklyTime;
import dev.sharewell.member.Cadence;
import dev.sharewell.member.Member;
import dev.sharewell.member.MemberService;
import dev.sharewell.member.Network;
import dev.sharewell.member.Preferences;
import dev.sharewell.member.QuietHours;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The settings form: built from a member's preferences, and read back into preferences. */
final class SettingsForm {
  static final String NETWORKS = "networks";
  static final String FOLLOWERS_PREFIX = "followers_";
  static final String CADENCE = "cadence";
  static final String DAY = "preferred_day";
  static final String TIME = "preferred_time";
  static final String QUIET_START = "quiet_start";
  static final String QUIET_END = "quiet_end";
  static final String LANGUAGE = "language";
  static final String LEADERBOARD = "leaderboard";
  static final String ANY = "any";
  static final String AUTO = "auto";
  static final String SHOW = "show";
  static final String HIDE = "hide";

  private SettingsForm() {}

  static Form build(Member member) {
    Language lang = member.language();
    Preferences prefs = member.preferences();
    List<Input> inputs = new ArrayList<>();
    List<Input.Option> networks = new ArrayList<>();
    for (Network network : Network.values()) {
      networks.add(new Input.Option(network.key(), network.displayName()));
    }
    inputs.add(
        new Input.Choice(
            NETWORKS,
            Texts.get(lang, "settings.networks"),
            networks,
            prefs.networks().keySet().stream().map(Network::key).toList(),
            true,
            false));
    for (Network network : Network.values()) {
      inputs.add(
          new Input.Number(
              FOLLOWERS_PREFIX + network.key(),
              Texts.get(lang, "settings.followers", network.displayName()),
              Optional.ofNullable(prefs.networks().get(network)),
              0,
              MemberService.MAX_FOLLOWERS,
              true));
    }
    inputs.add(
        new Input.Choice(
            CADENCE,
            Texts.get(lang, "settings.cadence"),
            List.of(
                option(lang, Cadence.WEEKLY.key(), "settings.cadence.weekly"),
                option(lang, Cadence.BIWEEKLY.key(), "settings.cadence.biweekly"),
                option(lang, Cadence.MONTHLY.key(), "settings.cadence.monthly")),
            List.of(prefs.cadence().key()),
            false,
            false));
    List<Input.Option> days = new ArrayList<>(List.of(option(lang, ANY, "settings.day.any")));
    for (DayOfWeek day : DayOfWeek.values()) {
      days.add(
          new Input.Option(
              day.name().substring(0, 3), day.getDisplayName(TextStyle.FULL, lang.locale())));
    }
    inputs.add(
        new Input.Choice(
            DAY,
            Texts.get(lang, "settings.day"),
            days,
            List.of(prefs.preferredDay().map(d -> d.name().substring(0, 3)).orElse(ANY)),
            false,
            false));
    inputs.add(time(TIME, Texts.get(lang, "settings.time"), prefs.preferredTime()));
    inputs.add(
        time(
            QUIET_START,
            Texts.get(lang, "settings.quiet_start"),
            prefs.quietHours().map(QuietHours::start)));
    inputs.add(
        time(
            QUIET_END,
            Texts.get(lang, "settings.quiet_end"),
            prefs.quietHours().map(QuietHours::end)));
    inputs.add(
        new Input.Choice(
            LANGUAGE,
            Texts.get(lang, "settings.language"),
            List.of(
                option(lang, AUTO, "settings.language.auto"),
                new Input.Option(Language.EN.code(), "English"),
                new Input.Option(Language.DA.code(), "Dansk")),
            List.of(prefs.language().map(Language::code).orElse(AUTO)),
            false,
            false));
    inputs.add(
        new Input.Choice(
            LEADERBOARD,
            Texts.get(lang, "settings.leaderboard"),
            List.of(
                option(lang, SHOW, "settings.leaderboard.show"),
                option(lang, HIDE, "settings.leaderboard.hide")),
            List.of(prefs.leaderboardVisible() ? SHOW : HIDE),
            false,
            false));
    return new Form(
        ActionIds.SETTINGS_FORM,
        Texts.get(lang, "settings.title"),
        Texts.get(lang, "button.save"),
        Optional.empty(),
        List.of(new dev.sharewell.chat.Block.Paragraph(Texts.get(lang, "settings.intro"))),
        inputs);
  }

  /** Reads the submitted values; every unreadable field is named. */
  static Preferences read(FormValues values) {
    List<FieldError> errors = new ArrayList<>();
    Map<Network, Integer> networks = new EnumMap<>(Network.class);
    for (String key : values.all(NETWORKS)) {
      Network.fromKey(key).ifPresent(network -> networks.put(network, null));
    }
    for (Network network : networks.keySet()) {
      String raw = values.one(FOLLOWERS_PREFIX + network.key());
      if (raw != null) {
        try {
          networks.put(
              network, Integer.parseInt(raw.replace(" ", "").replace(",", "").replace(".", "")));
        } catch (NumberFormatException e) {
          errors.add(
              new FieldError(
                  FOLLOWERS_PREFIX + network.key(),
                  Message.of("error.settings.followers", network.displayName())));
        }
      }
    }
    Cadence cadence =
        Optional.ofNullable(values.one(CADENCE)).flatMap(Cadence::fromKey).orElse(Cadence.WEEKLY);
    Optional<DayOfWeek> day =
        Optional.ofNullable(values.one(DAY)).filter(d -> !d.equals(ANY)).flatMap(WeeklyTime::day);
    Optional<LocalTime> time = time(values, TIME, errors);
    Optional<LocalTime> quietStart = time(values, QUIET_START, errors);
    Optional<LocalTime> quietEnd = time(values, QUIET_END, errors);
    Optional<QuietHours> quiet = Optional.empty();
    if (quietStart.isPresent() != quietEnd.isPresent()
        || (quietStart.isPresent() && quietStart.equals(quietEnd))) {
      errors.add(new FieldError(QUIET_END, Message.of("error.settings.quiet")));
    } else if (quietStart.isPresent()) {
      quiet = Optional.of(new QuietHours(quietStart.get(), quietEnd.get()));
    }
    Optional<Language> language = Language.fromTag(values.one(LANGUAGE));
    boolean visible = !HIDE.equals(values.one(LEADERBOARD));
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return new Preferences(networks, day, time, quiet, language, visible, cadence);
  }

  private static Optional<LocalTime> time(FormValues values, String id, List<FieldError> errors) {
    String raw = values.one(id);
    if (raw == null) {
      return Optional.empty();
    }
    Optional<LocalTime> time = WeeklyTime.time(raw.length() > 5 ? raw.substring(0, 5) : raw);
    if (time.isEmpty()) {
      errors.add(new FieldError(id, Message.of("error.settings.time")));
    }
    return time;
  }

  private static Input.Time time(String id, String label, Optional<LocalTime> initial) {
    return new Input.Time(
        id, label, initial.map(t -> String.format("%02d:%02d", t.getHour(), t.getMinute())), true);
  }

  private static Input.Option option(Language language, String value, String key) {
    return new Input.Option(value, Texts.get(language, key));
  }
}
