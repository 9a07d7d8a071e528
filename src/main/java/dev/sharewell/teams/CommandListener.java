package dev.sharewell.teams;

import com.microsoft.bot.builder.TurnContext;
import dev.sharewell.chat.Action;
import dev.sharewell.chat.FileLinks;
import dev.sharewell.chat.OutboundMessage;
import dev.sharewell.common.Language;
import dev.sharewell.common.Texts;
import dev.sharewell.conversation.CommandRequest;
import dev.sharewell.conversation.Conversation;
import dev.sharewell.conversation.Origin;
import dev.sharewell.conversation.Reply;
import dev.sharewell.store.Outages;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A typed message: a command, in the personal chat or with an @mention in a team channel. The core
 * decides what may be answered in a channel; the answer goes to the thread it was asked in.
 */
final class CommandListener {
  /** A bot cannot attach a file in Teams: the message gets a button that downloads it. */
  private OutboundMessage withDownload(TurnContext turn, Origin origin, Reply.File file) {
    String link = files.link(origin.user(), file.filename(), file.content(), file.about());
    Language language = conversation.knownLanguage(origin.user(), TeamsPeople.locale(turn));
    return OutboundMessage.builder(file.message().summary())
        .paragraph(file.message().summary())
        .actions(List.of(new Action.Link(Texts.get(language, "button.download"), link)))
        .note(Texts.get(language, "download.expires"))
        .build();
  }

  private static final Logger LOG = LoggerFactory.getLogger(CommandListener.class);

  private final Conversation conversation;
  private final TurnReplies replies;
  private final FileLinks files;

  CommandListener(Conversation conversation, TurnReplies replies, FileLinks files) {
    this.conversation = conversation;
    this.replies = replies;
    this.files = files;
  }

  CompletableFuture<Void> onMessage(TurnContext turn) {
    try {
      Origin origin = TeamsPeople.origin(turn);
      TeamsChat where = TeamsChat.of(turn.getActivity());
      CommandRequest request =
          TeamsMentions.command(turn.getActivity(), where.tenantId(), where.teamId().orElse(null));
      Reply reply = conversation.command(origin, request);
      if (reply instanceof Reply.Open open) {
        return replies.open(turn, open.form());
      }
      if (reply instanceof Reply.File file) {
        return replies.show(turn, origin, withDownload(turn, origin, file));
      }
      return replies.show(turn, origin, ((Reply.Show) reply).message());
    } catch (RuntimeException e) {
      Outages.log(LOG, "A Teams command", e);
      return replies.failure(turn, conversation);
    }
  }
}
