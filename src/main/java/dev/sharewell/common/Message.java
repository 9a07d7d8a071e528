package dev.sharewell.common;

import java.util.Arrays;
import java.util.List;

/**
 * A sentence for a person, not yet in any language: a bundle key and its arguments. The core speaks
 * in these so that the language is chosen once, where the reader is known.
 */
public record Message(String key, List<Object> args) {
  public Message {
    args = List.copyOf(args);
  }

  public static Message of(String key, Object... args) {
    return new Message(key, Arrays.asList(args));
  }

  public String in(Language language) {
    return Texts.get(language, key, args.toArray());
  }
}
