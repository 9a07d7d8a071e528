package dev.sharewell.conversation;

import dev.sharewell.chat.ActionIds;
import dev.sharewell.chat.Block;
import dev.sharewell.chat.Form;
import dev.sharewell.chat.Input;
import dev.sharewell.chat.OutboundMessage;
import dev.sharewell.common.Language;
import dev.sharewell.common.Texts;
import dev.sharewell.content.ContentDraft;
import dev.sharewell.content.ContentItem;
import dev.sharewell.content.ContentKind;
import dev.sharewell.content.ContentService;
import dev.sharewell.content.ContentValidation;
import dev.sharewell.delivery.DigestMessage;
import dev.sharewell.links.TrackedLinks;
import dev.sharewell.personalise.Prompts;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Adding content (comms) and listing what is live (everyone). */
final class ContentFlow {
  private final ContentService content;
  private final ZoneId zone;
  private final TrackedLinks links;

  ContentFlow(ContentService content, ZoneId zone, TrackedLinks links) {
    this.content = content;
    this.zone = zone;
    this.links = links;
  }

  /** The add form, with the url filled in when it was given with the command. */
  Reply add(Actor actor, List<String> rawArgs) {
    Optional<String> url = rawArgs.isEmpty() ? Optional.empty() : Optional.of(rawArgs.get(0));
    return actor.open(form(actor.language(), url));
  }

  static Form form(Language lang, Optional<String> url) {
    List<Input.Option> kinds = new ArrayList<>();
    for (ContentKind kind : ContentKind.values()) {
      kinds.add(new Input.Option(kind.key(), Texts.get(lang, "content.kind." + kind.key())));
    }
    List<Input> inputs =
        List.of(
            text(
                ContentDraft.TITLE,
                Texts.get(lang, "content.title"),
                Optional.empty(),
                false,
                ContentValidation.TITLE_MAX,
                false),
            text(
                ContentDraft.URL,
                Texts.get(lang, "content.url"),
                url,
                false,
                ContentValidation.URL_MAX,
                false),
            text(
                ContentDraft.SUMMARY,
                Texts.get(lang, "content.summary"),
                Optional.empty(),
                true,
                ContentValidation.SUMMARY_MAX,
                true),
            new Input.Choice(
                ContentDraft.KIND,
                Texts.get(lang, "content.kind"),
                kinds,
                List.of("news"),
                false,
                false),
            text(
                ContentDraft.TAGS,
                Texts.get(lang, "content.tags"),
                Optional.empty(),
                false,
                300,
                true),
            new Input.Choice(
                ContentDraft.LANGUAGE,
                Texts.get(lang, "content.language"),
                List.of(new Input.Option("en", "English"), new Input.Option("da", "Dansk")),
                List.of(lang.code()),
                false,
                false),
            text(
                ContentDraft.CAPTIONS,
                Texts.get(lang, "content.captions"),
                Optional.empty(),
                true,
                ContentValidation.CAPTION_MAX,
                true),
            text(
                Prompts.FIELD,
                Texts.get(lang, "content.prompts"),
                Optional.empty(),
                true,
                3000,
                true),
            new Input.Date(
                ContentDraft.LIVE_UNTIL,
                Texts.get(lang, "content.live_until"),
                Optional.empty(),
                true));
    return new Form(
        ActionIds.ADD_CONTENT_FORM,
        Texts.get(lang, "content.form_title"),
        Texts.get(lang, "button.add"),
        Optional.empty(),
        List.of(new Block.Note(Texts.get(lang, "content.form_hint"))),
        inputs);
  }

  FormResult submitAdd(Actor actor, FormValues values) {
    ContentDraft draft =
        new ContentDraft(
            values.one(ContentDraft.TITLE),
            values.one(ContentDraft.URL),
            values.one(ContentDraft.SUMMARY),
            values.one(ContentDraft.KIND),
            values.one(ContentDraft.TAGS),
            values.one(ContentDraft.LANGUAGE),
            String.join("\n", values.all(ContentDraft.CAPTIONS)),
            values.one(ContentDraft.LIVE_UNTIL));
    ContentItem item =
        content.add(actor.member(), draft, Prompts.readLines(values.one(Prompts.FIELD)));
    return actor.done(
        OutboundMessage.builder(actor.text("content.added", item.title()))
            .paragraph(actor.text("content.added", item.title()))
            .note(actor.text("content.added_hint", item.id(), liveUntil(actor, item)))
            .build());
  }

  /** This week's live content; members also get the share buttons. */
  Reply list(Actor actor) {
    List<ContentItem> live = content.listLive();
    if (live.isEmpty()) {
      return actor.say("list.empty");
    }
    OutboundMessage.Builder message =
        OutboundMessage.builder(actor.text("list.summary", live.size()))
            .heading(actor.text("list.heading"));
    for (ContentItem item : live) {
      if (actor.member().isOptedIn()) {
        message.add(
            DigestMessage.itemBlock(
                actor.member(),
                item,
                links.forMember(actor.member(), item),
                Optional.empty(),
                Optional.empty()));
      } else {
        message.add(
            new Block.Item(
                item.title(), item.url(), item.summary().orElse(""), Optional.empty(), List.of()));
      }
      message.note(
          actor.text(
              "list.item_note",
              actor.text("content.kind." + item.kind().key()),
              liveUntil(actor, item)));
    }
    return actor.show(message.build());
  }

  private String liveUntil(Actor actor, ContentItem item) {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
        .withLocale(actor.language().locale())
        .format(item.liveUntil().minusSeconds(1).atZone(zone));
  }

  private static Input.Text text(
      String id,
      String label,
      Optional<String> initial,
      boolean multiline,
      int max,
      boolean optional) {
    return new Input.Text(id, label, initial, Optional.empty(), multiline, max, optional);
  }
}
