package dev.sharewell.conversation;

import dev.sharewell.chat.ActionIds;
import dev.sharewell.chat.Block;
import dev.sharewell.chat.Form;
import dev.sharewell.chat.Input;
import dev.sharewell.chat.OutboundMessage;
import dev.sharewell.common.Language;
import dev.sharewell.common.Texts;
import dev.sharewell.content.ContentItem;
import dev.sharewell.content.ContentService;
import dev.sharewell.delivery.DeliveryService;
import dev.sharewell.member.Member;
import dev.sharewell.member.Network;
import dev.sharewell.personalise.Prompts;
import dev.sharewell.share.RecordedShare;
import dev.sharewell.share.ShareReport;
import dev.sharewell.share.ShareService;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The buttons on an item: I shared it, Personalise, Not for me; and their forms. */
final class ShareFlow {

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
    return actor.open(
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
    return actor.done(message.note(actor.text("report.crisis_hint")).build());
  }

  Reply notForMe(Actor actor, long contentId) {
    ContentItem item = content.get(contentId);
    content.dismiss(actor.member(), contentId);
    return actor.say("not_for_me.done", item.title());
  }
}
