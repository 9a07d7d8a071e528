package dev.sharewell.conversation;

import dev.sharewell.chat.Action;
import dev.sharewell.chat.ActionIds;
import dev.sharewell.chat.Block;
import dev.sharewell.chat.OutboundMessage;
import dev.sharewell.member.Member;
import java.util.List;

/** A person's home page: whether they are in, with Join or Leave, what is live, their stats. */
final class HomePage {
  private HomePage() {}

  static OutboundMessage render(Actor actor, ContentFlow content, StatsCommands stats) {
    Member member = actor.member();
    OutboundMessage.Builder page =
        OutboundMessage.builder(actor.text("home.summary")).heading(actor.text("home.heading"));
    if (!member.isOptedIn()) {
      return page.paragraph(actor.text("programme.what"))
          .actions(
              List.of(
                  new Action.Button(
                      ActionIds.JOIN, actor.text("button.join"), "", Action.Style.PRIMARY)))
          .note(actor.text("programme.voluntary"))
          .build();
    }
    page.paragraph(actor.text("home.joined"))
        .actions(
            List.of(
                new Action.Button(
                    ActionIds.OPEN_SETTINGS,
                    actor.text("button.settings"),
                    "",
                    Action.Style.DEFAULT),
                new Action.Button(
                    ActionIds.LEAVE, actor.text("button.leave"), "", Action.Style.DANGER)));
    if (stats.handle(actor, java.util.List.of()) instanceof Reply.Show own) {
      own.message().blocks().stream().filter(b -> b instanceof Block.Facts).forEach(page::add);
    }
    page.add(new Block.Divider());
    if (content.list(actor) instanceof Reply.Show live) {
      live.message().blocks().forEach(page::add);
    }
    return page.build();
  }
}
