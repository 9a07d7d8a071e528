package dev.sharewell.chat;

import java.util.List;
import java.util.Optional;

/** One field of a {@link Form}. Ids are the keys of the submitted values. */
public sealed interface Input {
  String id();

  String label();

  boolean optional();

  /** Free text, on one line or several. */
  record Text(
      String id,
      String label,
      Optional<String> initial,
      Optional<String> placeholder,
      boolean multiline,
      int maxLength,
      boolean optional)
      implements Input {}

  /** A choice among fixed options; several may be chosen when {@code multiple}. */
  record Choice(
      String id,
      String label,
      List<Option> options,
      List<String> initial,
      boolean multiple,
      boolean optional)
      implements Input {
    public Choice {
      options = List.copyOf(options);
      initial = List.copyOf(initial);
    }
  }

  /** One option of a {@link Choice}. */
  record Option(String value, String label) {}

  /** A whole number. */
  record Number(
      String id, String label, Optional<Integer> initial, int min, int max, boolean optional)
      implements Input {}

  /** A calendar date (ISO, yyyy-mm-dd, when submitted). */
  record Date(String id, String label, Optional<String> initial, boolean optional)
      implements Input {}

  /** A time of day (HH:mm when submitted). */
  record Time(String id, String label, Optional<String> initial, boolean optional)
      implements Input {}
}
