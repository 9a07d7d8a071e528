package dev.sharewell.conversation;

import dev.sharewell.chat.Action;
import dev.sharewell.chat.Block;
import dev.sharewell.chat.Form;
import dev.sharewell.chat.Input;
import dev.sharewell.chat.OutboundMessage;
import dev.sharewell.common.InvalidInputException;
import dev.sharewell.common.Language;
import dev.sharewell.common.Texts;
import dev.sharewell.content.ContentItem;
import dev.sharewell.content.ContentService;
import dev.sharewell.delivery.DeliveryService;
import dev.sharewell.member.Member;
import dev.sharewell.member.Network;
import dev.sharewell.personalise.Prompts;
import dev.sharewell.share.RecordedShare;
import dev.sharewell.share.ShareLinks;
import dev.sharewell.share.ShareReport;
import dev.sharewell.share.ShareService;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The buttons on an item: I shared it, Personalise, Not for me; and their forms. */
final class ShareFlow {
  static final String DRAFT = "draft";

  private final ContentService content;
  private final ShareService shares;
  private final DeliveryService digests;
  private final Prompts prompts;

  ShareFlow(ContentService content, ShareService shares, DeliveryService digests, Prompts prompts) {
    this.content = content;
    this.shares = shares;
    this.digests = digests;
    this.prompts = prompts;
  }

  Reply reportForm(Actor actor, long contentId) {
    ContentItem item = content.get(contentId);
    Language lang = actor.language();
    Member member = actor.member();
    List<Input.Option> networks = new ArrayList<>();
    for (Network network : Network.values()) {
      networks.add(new Input.Option(network.key(), network.displayName()));
    }
    String initial =
        member.preferences().networks().keySet().stream()
            .findFirst()
            .orElse(Network.LINKEDIN)
            .key();
    List<Input> inputs =
        List.of(
            new Input.Choice(
                ShareReport.NETWORK,
                Texts.get(lang, "report.network"),
                networks,
                List.of(initial),
                false,
                false),
            new Input.Text(
                ShareReport.TEXT,
                Texts.get(lang, "report.text"),
                Optional.empty(),
                Optional.empty(),
                true,
                3000,
                true),
            new Input.Text(
                ShareReport.POST_URL,
                Texts.get(lang, "report.post_url"),
                Optional.empty(),
                Optional.empty(),
                false,
                2048,
                true));
    return new Reply.Open(
        new Form(
            ActionIds.REPORT_SHARE_FORM,
            Texts.get(lang, "report.title"),
            Texts.get(lang, "button.record"),
            Optional.of(Long.toString(item.id())),
            List.of(new Block.Paragraph(Texts.get(lang, "report.intro", item.title()))),
            inputs));
  }

  FormResult submitReport(Actor actor, long contentId, FormValues values) {
    RecordedShare recorded =
        shares.record(
            actor.member(),
            new ShareReport(
                contentId,
                values.one(ShareReport.NETWORK),
                values.one(ShareReport.TEXT),
                values.one(ShareReport.POST_URL)));
    String key =
        recorded.pointsEarned() > 0 || recorded.capped() ? "report.done" : "report.done_again";
    String said = actor.text(key, recorded.pointsEarned(), recorded.totalPoints());
    OutboundMessage.Builder message = OutboundMessage.builder(said).paragraph(said);
    if (recorded.capped()) {
      message.note(actor.text("report.capped"));
    }
    if (recorded.bonusMissed() > 0) {
      message.note(actor.text("report.bonus_hint", recorded.bonusMissed()));
    }
    return new FormResult.Done(message.note(actor.text("report.crisis_hint")).build());
  }

  Reply personaliseForm(Actor actor, long contentId) {
    ContentItem item = content.get(contentId);
    Language lang = actor.language();
    Optional<DeliveryService.Given> given = digests.given(actor.member(), item.id());
    String prompt =
        given
            .flatMap(DeliveryService.Given::promptId)
            .flatMap(prompts::find)
            .orElseGet(() -> prompts.assign(item.id(), lang))
            .text();
    Optional<String> draft =
        given
            .flatMap(DeliveryService.Given::captionPosition)
            .or(() -> Prompts.captionPosition((int) actor.member().id(), item.captions()))
            .filter(position -> position < item.captions().size())
            .map(item.captions()::get);
    return new Reply.Open(
        new Form(
            ActionIds.PERSONALISE_FORM,
            Texts.get(lang, "personalise.title"),
            Texts.get(lang, "button.continue"),
            Optional.of(Long.toString(item.id())),
            List.of(
                new Block.Paragraph(item.title()),
                new Block.Heading(prompt),
                new Block.Note(Texts.get(lang, "personalise.hint"))),
            List.of(
                new Input.Text(
                    DRAFT,
                    Texts.get(lang, "personalise.draft"),
                    draft,
                    Optional.of(prompt),
                    true,
                    3000,
                    false))));
  }

  FormResult submitPersonalise(Actor actor, long contentId, FormValues values) {
    ContentItem item = content.get(contentId);
    String text = values.one(DRAFT);
    if (text == null) {
      throw InvalidInputException.of(DRAFT, "error.personalise.empty");
    }
    if (text.length() > 3000) {
      throw InvalidInputException.of(DRAFT, "error.share.text_long", 3000);
    }
    return new FormResult.Done(readyToShare(actor, item, text));
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

  Reply notForMe(Actor actor, long contentId) {
    ContentItem item = content.get(contentId);
    content.dismiss(actor.member(), contentId);
    return actor.say("not_for_me.done", item.title());
  }
}
