package dev.sharewell.conversation;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reads the words of a command. Case does not matter and extra spaces are ignored. */
final class CommandParser {
  private CommandParser() {}

  static ParsedCommand parse(CommandRequest request) {
    List<String> raw =
        Arrays.stream(request.text().strip().split("\\s+")).filter(w -> !w.isEmpty()).toList();
    if (raw.isEmpty()) {
      return new ParsedCommand(
          Verb.HELP, List.of(), List.of(), request.people(), request.channels(), null);
    }
    String first = raw.get(0).toLowerCase(Locale.ROOT);
    Optional<Verb> verb = Verb.fromWord(first);
    List<String> rawArgs = raw.subList(1, raw.size());
    List<String> args = rawArgs.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
    return verb.map(
            v -> new ParsedCommand(v, args, rawArgs, request.people(), request.channels(), null))
        .orElseGet(
            () ->
                new ParsedCommand(
                    Verb.HELP,
                    List.of(),
                    List.of(),
                    request.people(),
                    request.channels(),
                    raw.get(0)));
  }
}
