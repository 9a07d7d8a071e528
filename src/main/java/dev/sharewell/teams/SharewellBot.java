package dev.sharewell.teams;

import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.builder.teams.TeamsActivityHandler;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sharewell's Teams bot: routes each activity to its listener. Activities of other types are
 * acknowledged and ignored (the SDK's defaults).
 */
final class SharewellBot extends TeamsActivityHandler {
  private static final Logger LOG = LoggerFactory.getLogger(SharewellBot.class);

  private final ReferenceStore references;
  private final CommandListener commands;
  private final SubmitListener submissions;
  private final InstallListener installs;

  SharewellBot(
      ReferenceStore references,
      CommandListener commands,
      SubmitListener submissions,
      InstallListener installs) {
    this.references = references;
    this.commands = commands;
    this.submissions = submissions;
    this.installs = installs;
  }

  @Override
  protected CompletableFuture<Void> onMessageActivity(TurnContext turn) {
    try {
      // Kept fresh on every message: where this person or channel can be written to later.
      references.remember(turn.getActivity());
    } catch (RuntimeException e) {
      LOG.warn("Could not store a Teams conversation reference: {}", e.getClass().getSimpleName());
    }
    return turn.getActivity().getValue() != null
        ? submissions.onSubmit(turn)
        : commands.onMessage(turn);
  }

  @Override
  protected CompletableFuture<Void> onInstallationUpdateAdd(TurnContext turn) {
    return installs.installed(turn);
  }

  @Override
  protected CompletableFuture<Void> onInstallationUpdateRemove(TurnContext turn) {
    return installs.removed(turn);
  }

  /**
   * Replaces the SDK's Teams dispatch, which fetches every added member from the connector (a
   * blocking call per person) before anything else happens.
   */
  @Override
  protected CompletableFuture<Void> onConversationUpdateActivity(TurnContext turn) {
    return installs.membersChanged(turn);
  }
}
