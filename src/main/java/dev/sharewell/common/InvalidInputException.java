package dev.sharewell.common;

import java.util.List;

/**
 * Input a person gave that the core refuses, with one message per field at fault. Nothing has been
 * written when this is thrown.
 */
public final class InvalidInputException extends SharewellException {
  private final List<FieldError> errors;

  public InvalidInputException(List<FieldError> errors) {
    super(errors.isEmpty() ? Message.of("error.invalid") : errors.get(0).message());
    this.errors = List.copyOf(errors);
  }

  public static InvalidInputException of(String field, String key, Object... args) {
    return new InvalidInputException(List.of(new FieldError(field, Message.of(key, args))));
  }

  public List<FieldError> errors() {
    return errors;
  }
}
