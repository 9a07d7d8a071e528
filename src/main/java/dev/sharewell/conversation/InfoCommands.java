package dev.sharewell.conversation;

import dev.sharewell.guidelines.Guidelines;

/** The guidelines: an answer that changes nothing. */
final class InfoCommands {
  private final Guidelines guidelines;

  InfoCommands(Guidelines guidelines) {
    this.guidelines = guidelines;
  }

  Reply guidelines(Actor actor) {
    return actor.show(guidelines.render(actor.language()));
  }
}
