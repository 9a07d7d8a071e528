package dev.sharewell.teams;

import com.microsoft.bot.connector.authentication.ChannelValidation;
import dev.sharewell.chat.ChatGateway;
import dev.sharewell.chat.Directory;
import dev.sharewell.chat.FileLinks;
import dev.sharewell.conversation.Conversation;
import io.javalin.http.Handler;
import java.time.Clock;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Sharewell on Microsoft Teams, the twin of {@code SlackAdapter}: a Bot Framework bot behind {@code
 * POST /api/messages}, writing through the Bot Connector with conversation references stored in the
 * database. With no app id it runs in local mode for the Microsoft 365 Agents Playground. The Bot
 * Framework's own kind of adapter, which runs turns and holds the connector clients, is {@link
 * SdkAdapter}.
 */
public final class TeamsAdapter {
  private final TeamsOptions options;
  private final SdkAdapter sdk;
  private final ReferenceStore references;
  private final ProactiveSender sender;
  private final InlineForms inlineForms = new InlineForms();
  private Handler messages;

  private TeamsAdapter(TeamsOptions options, SdkAdapter sdk, ReferenceStore references) {
    this.options = options;
    this.sdk = sdk;
    this.references = references;
    this.sender = new ProactiveSender(sdk, options);
  }

  /** Builds the adapter; nothing is sent to Teams until someone writes to the bot. */
  public static TeamsAdapter create(TeamsOptions options, Jdbi jdbi, Clock clock) {
    Optional<BotCredentials> credentials = Optional.empty();
    if (!options.localMode()) {
      // The SDK keeps this in a static: there is one Bot Framework cloud per process.
      ChannelValidation.setOpenIdMetaDataUrl(options.openIdMetadataUrl());
      credentials = Optional.of(new BotCredentials(options, new TokenClient(options, clock)));
    }
    return new TeamsAdapter(
        options, new SdkAdapter(options, credentials), new ReferenceStore(jdbi, clock));
  }

  public ChatGateway gateway() {
    return new TeamsGateway(references, sender, inlineForms);
  }

  public Directory directory() {
    return new TeamsDirectory(references, sender);
  }

  /**
   * Wires the bot to the conversation; files (the shares export) are handed over as links. Call
   * once, before the first request.
   */
  public void listen(Conversation conversation, FileLinks files) {
    inlineForms.bind(conversation);
    TurnReplies replies = new TurnReplies(inlineForms, files);
    SharewellBot bot =
        new SharewellBot(
            references,
            conversation,
            replies,
            new CommandListener(conversation, replies),
            new SubmitListener(conversation, replies),
            new InstallListener(references, conversation, replies));
    messages = new MessagesEndpoint(sdk, bot, options.localMode());
  }

  /** The Javalin handler for {@code POST /api/messages}; {@link #listen} comes first. */
  public Handler messagesHandler() {
    if (messages == null) {
      throw new IllegalStateException("TeamsAdapter.listen must be called first");
    }
    return messages;
  }
}
