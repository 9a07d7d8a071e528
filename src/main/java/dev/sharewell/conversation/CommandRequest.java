package dev.sharewell.conversation;

import dev.sharewell.identity.PlatformUser;
import java.util.List;

/**
 * A command as typed, with the platform's mentions already taken out by the adapter: the people and
 * channels mentioned, in order, and the remaining words.
 */
public record CommandRequest(String text, List<PlatformUser> people, List<String> channels) {
  public CommandRequest {
    text = text == null ? "" : text;
    people = List.copyOf(people);
    channels = List.copyOf(channels);
  }

  public static CommandRequest of(String text) {
    return new CommandRequest(text, List.of(), List.of());
  }
}
