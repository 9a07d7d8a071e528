package dev.sharewell.delivery;

import dev.sharewell.chat.Action;
import dev.sharewell.chat.ActionIds;
import dev.sharewell.chat.Block;
import dev.sharewell.chat.OutboundMessage;
import dev.sharewell.common.Language;
import dev.sharewell.common.Texts;
import dev.sharewell.content.ContentItem;
import dev.sharewell.content.ShareLinks;
import dev.sharewell.links.ItemLinks;
import dev.sharewell.member.Member;
import dev.sharewell.member.Network;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The digest as a message: a short intro, then each item with its prompt and buttons. */
public final class DigestMessage {
  private DigestMessage() {}

  public static OutboundMessage render(Member member, List<DigestEntry> entries) {
    Language language = member.language();
    OutboundMessage.Builder message =
        OutboundMessage.builder(Texts.get(language, "digest.summary", entries.size()))
            .heading(Texts.get(language, "digest.heading"))
            .paragraph(Texts.get(language, "digest.intro"));
    for (DigestEntry entry : entries) {
      message.add(new Block.Divider());
      message.add(
          itemBlock(
              member,
              entry.item(),
              entry.links(),
              Optional.of(entry.prompt().text()),
              entry.caption()));
    }
    return message.add(new Block.Divider()).note(Texts.get(language, "digest.footer")).build();
  }

  /**
   * One item with a share link for each network the member uses, and the Personalise, I shared it
   * and Not for me buttons. The prompt, when given, is shown under the summary; the X link carries
   * the suggested caption.
   */
  public static Block.Item itemBlock(
      Member member, ContentItem item, Optional<String> prompt, Optional<String> caption) {
    return itemBlock(member, item, ItemLinks.untracked(item.url()), prompt, caption);
  }

  /** As above, sharing {@code links}: the member's tracked links to the item. */
  public static Block.Item itemBlock(
      Member member,
      ContentItem item,
      ItemLinks links,
      Optional<String> prompt,
      Optional<String> caption) {
    Language language = member.language();
    List<Action> actions = new ArrayList<>();
    for (Network network : Network.values()) {
      if (!member.preferences().uses(network)) {
        continue;
      }
      ShareLinks.forNetwork(network, links.forNetwork(network), caption)
          .ifPresent(
              url ->
                  actions.add(
                      new Action.Link(
                          Texts.get(language, "digest.share_on", network.displayName()), url)));
    }
    String id = Long.toString(item.id());
    actions.add(
        new Action.Button(
            ActionIds.PERSONALISE,
            Texts.get(language, "button.personalise"),
            id,
            Action.Style.DEFAULT));
    actions.add(
        new Action.Button(
            ActionIds.SHARED, Texts.get(language, "button.shared"), id, Action.Style.PRIMARY));
    actions.add(
        new Action.Button(
            ActionIds.NOT_FOR_ME,
            Texts.get(language, "button.not_for_me"),
            id,
            Action.Style.DEFAULT));
    return new Block.Item(
        item.title(),
        links.page(),
        item.summary().orElse(""),
        prompt.map(text -> Texts.get(language, "digest.prompt", text)),
        actions);
  }
}
