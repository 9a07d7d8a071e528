package dev.sharewell.conversation;

import dev.sharewell.common.InvalidInputException;
import dev.sharewell.member.MemberService;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Joining, leaving, pausing and resuming: always the person's own choice. */
final class MembershipFlow {
  private static final Pattern DURATION =
      Pattern.compile("(\\d{1,3})\\s*(d|day|days|dag|dage|w|wk|week|weeks|u|uge|uger)");

  private static final Set<String> WEEK_UNITS =
      Set.of("w", "wk", "week", "weeks", "u", "uge", "uger");

  private final MemberService members;
  private final ZoneId zone;

  MembershipFlow(MemberService members, ZoneId zone) {
    this.members = members;
    this.zone = zone;
  }

  Reply join(Actor actor) {
    if (!members.join(actor.member())) {
      return actor.say("join.already");
    }
    return actor.show(Greetings.welcome(actor.language()));
  }

  Reply decline(Actor actor) {
    return actor.say(actor.member().isOptedIn() ? "decline.joined" : "decline.done");
  }

  Reply leave(Actor actor) {
    if (!members.leave(actor.member(), "left by choice")) {
      return actor.say("leave.not_joined");
    }
    return actor.say("leave.done");
  }

  Reply pause(Actor actor, List<String> args) {
    Duration duration = parseDuration(String.join(" ", args));
    Instant until = members.pause(actor.member(), duration);
    String date =
        DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
            .withLocale(actor.language().locale())
            .format(until.atZone(actor.member().timeZone().map(ZoneId::of).orElse(zone)));
    return actor.say("pause.done", date);
  }

  /** The answer to the check-in after ignored digests: lift the pause and carry on. */
  Reply stayIn(Actor actor) {
    if (!actor.member().isOptedIn()) {
      return actor.say("error.not_joined");
    }
    members.resume(actor.member());
    return actor.say("stay_in.done");
  }

  Reply resume(Actor actor) {
    return actor.say(members.resume(actor.member()) ? "resume.done" : "resume.not_paused");
  }

  /** Reads {@code 2w}, {@code 10d}, {@code 3 weeks} (and the Danish words). */
  static Duration parseDuration(String text) {
    Matcher matcher = DURATION.matcher(text.strip());
    if (!matcher.matches()) {
      throw InvalidInputException.of("duration", "error.pause.format");
    }
    long amount = Long.parseLong(matcher.group(1));
    return WEEK_UNITS.contains(matcher.group(2))
        ? Duration.ofDays(7 * amount)
        : Duration.ofDays(amount);
  }
}
