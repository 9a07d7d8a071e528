package dev.sharewell.conversation;

import dev.sharewell.chat.Action;
import dev.sharewell.chat.ActionIds;
import dev.sharewell.chat.Block;
import dev.sharewell.chat.Form;
import dev.sharewell.chat.Input;
import dev.sharewell.chat.OutboundMessage;
import dev.sharewell.common.InvalidInputException;
import dev.sharewell.content.ContentItem;
import dev.sharewell.content.ContentService;
import dev.sharewell.content.ShareLinks;
import dev.sharewell.delivery.DeliveryService;
import dev.sharewell.member.Network;
import dev.sharewell.personalise.Originality;
import dev.sharewell.personalise.Prompts;
import dev.sharewell.store.Columns;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Personalise: the member's own prompt and a draft to make theirs. A text that mostly copies the
 * suggested caption or colleagues' posts comes back with a friendly note and the prompt again; the
 * member revises or goes ahead. Then the text to copy and the share links.
 */
final class PersonaliseFlow {
  static final String DRAFT = "draft";
  static final String GO_AHEAD = "go_ahead";
  static final int TEXT_MAX = Columns.LONG_TEXT;

  private final ContentService content;
  private final DeliveryService digests;
  private final Prompts prompts;
  private final Originality originality;

  PersonaliseFlow(
      ContentService content, DeliveryService digests, Prompts prompts, Originality originality) {
    this.content = content;
    this.digests = digests;
    this.prompts = prompts;
    this.originality = originality;
  }

  Reply form(Actor actor, long contentId) {
    ContentItem item = content.get(contentId);
    Optional<DeliveryService.Given> given = digests.given(actor.member(), item.id());
    Optional<String> draft =
        given
            .flatMap(DeliveryService.Given::captionPosition)
            .or(() -> Prompts.captionPosition((int) actor.member().id(), item.captions()))
            .filter(position -> position < item.captions().size())
            .map(item.captions()::get);
    return actor.open(form(actor, item, prompt(actor, item, given), draft, Optional.empty()));
  }

  FormResult submit(Actor actor, long contentId, FormValues values) {
    ContentItem item = content.get(contentId);
    String text = values.one(DRAFT);
    if (text == null) {
      throw InvalidInputException.of(DRAFT, "error.personalise.empty");
    }
    if (text.length() > TEXT_MAX) {
      throw InvalidInputException.of(DRAFT, "error.share.text_long", TEXT_MAX);
    }
    boolean goAhead = !values.all(GO_AHEAD).isEmpty();
    Originality.Closeness closeness =
        originality.check(item.id(), item.captions(), actor.member().id(), text);
    if (closeness.tooClose() && !goAhead) {
      String note =
          closeness.toSuggested()
              ? actor.text("personalise.too_close_suggested")
              : actor.text("personalise.too_close_colleagues", closeness.colleagues());
      String prompt = prompt(actor, item, digests.given(actor.member(), item.id()));
      return actor.next(form(actor, item, prompt, Optional.of(text), Optional.of(note)));
    }
    return actor.done(readyToShare(actor, item, text));
  }

  private String prompt(Actor actor, ContentItem item, Optional<DeliveryService.Given> given) {
    return given
        .flatMap(DeliveryService.Given::promptId)
        .flatMap(prompts::find)
        .orElseGet(() -> prompts.assign(item.id(), actor.language()))
        .text();
  }

  private static Form form(
      Actor actor, ContentItem item, String prompt, Optional<String> draft, Optional<String> note) {
    List<Block> intro = new ArrayList<>(List.of(new Block.Paragraph(item.title())));
    note.ifPresent(text -> intro.add(new Block.Paragraph(text)));
    intro.add(new Block.Heading(prompt));
    intro.add(new Block.Note(actor.text("personalise.hint")));
    List<Input> inputs =
        new ArrayList<>(
            List.of(
                new Input.Text(
                    DRAFT,
                    actor.text("personalise.draft"),
                    draft,
                    Optional.of(prompt),
                    true,
                    TEXT_MAX,
                    false)));
    if (note.isPresent()) {
      inputs.add(
          new Input.Choice(
              GO_AHEAD,
              actor.text("personalise.go_ahead_label"),
              List.of(new Input.Option("yes", actor.text("personalise.go_ahead"))),
              List.of(),
              true,
              true));
    }
    return new Form(
        ActionIds.PERSONALISE_FORM,
        actor.text("personalise.title"),
        actor.text("button.continue"),
        Optional.of(Long.toString(item.id())),
        intro,
        inputs);
  }

  /** The member's own text to copy, and a share link per network they use (X takes the text). */
  static OutboundMessage readyToShare(Actor actor, ContentItem item, String text) {
    List<Action> links = new ArrayList<>();
    for (Network network : Network.values()) {
      if (actor.member().preferences().uses(network)) {
        ShareLinks.forNetwork(network, item.url(), Optional.of(text))
            .ifPresent(
                url ->
                    links.add(
                        new Action.Link(
                            actor.text("digest.share_on", network.displayName()), url)));
      }
    }
    links.add(
        new Action.Button(
            ActionIds.SHARED,
            actor.text("button.shared"),
            Long.toString(item.id()),
            Action.Style.PRIMARY));
    return OutboundMessage.builder(actor.text("personalise.ready"))
        .heading(actor.text("personalise.ready"))
        .paragraph(text + "\n" + item.url())
        .note(actor.text("personalise.copy_hint"))
        .actions(links)
        .build();
  }
}
