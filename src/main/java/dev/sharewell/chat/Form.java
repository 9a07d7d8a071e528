package dev.sharewell.chat;

import java.util.List;
import java.util.Optional;

/**
 * A form for a person to fill in: a Slack modal or a Teams card. {@code formId} names it when it
 * comes back; {@code context} carries what the form is about (a content item id) through the round
 * trip.
 */
public record Form(
    String formId,
    String title,
    String submitLabel,
    Optional<String> context,
    List<Block> intro,
    List<Input> inputs) {

  public Form {
    intro = List.copyOf(intro);
    inputs = List.copyOf(inputs);
  }
}
