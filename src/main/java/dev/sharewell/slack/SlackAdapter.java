package dev.sharewell.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.methods.MethodsClient;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.event.AppUninstalledEvent;
import com.slack.api.model.event.TokensRevokedEvent;
import com.slack.api.socket_mode.SocketModeClient;
import com.slack.api.util.http.SlackHttpClient;
import dev.sharewell.chat.ChatGateway;
import dev.sharewell.chat.Directory;
import dev.sharewell.conversation.Conversation;
import dev.sharewell.http.UnknownOutcomes;
import dev.sharewell.identity.Platform;
import dev.sharewell.member.MemberService;
import dev.sharewell.member.Workspaces;
import io.javalin.http.Handler;
import java.time.Clock;
import java.util.concurrent.Executor;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sharewell on Slack: a Bolt app behind {@code POST /slack/events} (and over Socket Mode when an
 * app token is set), sending through the Web API at the configured url.
 */
public final class SlackAdapter implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SlackAdapter.class);
  private static final Pattern SHAREWELL_IDS = Pattern.compile("^sharewell\\..+");

  /** How long Sharewell waits for Slack to start answering one Web API call. */
  public static final int READ_TIMEOUT_MILLIS = 5_000;

  static final int WRITE_TIMEOUT_MILLIS = 10_000;

  /** The most one Web API call may take in all, an export's upload included. */
  public static final int CALL_TIMEOUT_MILLIS = 20_000;

  private final SlackOptions options;
  private final App app;
  private final MethodsClient client;
  private SocketModeApp socketMode;

  private SlackAdapter(SlackOptions options, App app, MethodsClient client) {
    this.options = options;
    this.app = app;
    this.client = client;
  }

  /** Builds the Bolt app; nothing is sent to Slack until {@link #start} or the first request. */
  public static SlackAdapter create(SlackOptions options) {
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(options.apiUrl() + "/");
    config.setPrettyResponseLoggingEnabled(false);
    // A slow Slack must not hold a thread: a modal's trigger is dead after 3 s anyway.
    config.setHttpClientReadTimeoutMillis(READ_TIMEOUT_MILLIS);
    config.setHttpClientWriteTimeoutMillis(WRITE_TIMEOUT_MILLIS);
    config.setHttpClientCallTimeoutMillis(CALL_TIMEOUT_MILLIS);
    // Marks failures after a request went out, so a message Slack may have taken is not resent.
    SlackHttpClient http =
        new SlackHttpClient(
            SlackHttpClient.buildOkHttpClient(config)
                .newBuilder()
                .addNetworkInterceptor(new UnknownOutcomes())
                .build());
    http.setConfig(config);
    Slack slack = Slack.getInstance(config, http);
    App app =
        new App(
            AppConfig.builder()
                .singleTeamBotToken(options.botToken())
                .signingSecret(options.signingSecret())
                .slack(slack)
                .build());
    return new SlackAdapter(options, app, slack.methods(options.botToken()));
  }

  public ChatGateway gateway() {
    return new SlackGateway(client);
  }

  public Directory directory() {
    return new SlackDirectory(client);
  }

  /** Wires every listener to the conversation. Call once, before the first request. */
  public void listen(
      Conversation conversation, MemberService members, Workspaces workspaces, Executor executor) {
    SlackReplies replies = new SlackReplies(client);
    ProfileRefresher profiles = new ProfileRefresher(directory(), members, executor);
    HomeListener home = new HomeListener(conversation, client, executor);
    app.use(new OrganisationGate(conversation));
    app.command(
        CommandListener.COMMAND, new CommandListener(conversation, replies, profiles, executor));
    app.blockAction(SHAREWELL_IDS, new ActionListener(conversation, replies, home, executor));
    app.viewSubmission(SHAREWELL_IDS, new ViewListener(conversation));
    app.event(AppHomeOpenedEvent.class, home);
    app.event(
        AppUninstalledEvent.class,
        (payload, ctx) -> {
          LOG.info("Slack app uninstalled from a workspace: sending there stops");
          workspaces.uninstalled(Platform.SLACK, payload.getTeamId());
          return ctx.ack();
        });
    app.event(
        TokensRevokedEvent.class,
        (payload, ctx) -> {
          LOG.info("Slack tokens revoked in a workspace: sending there stops");
          workspaces.uninstalled(Platform.SLACK, payload.getTeamId());
          return ctx.ack();
        });
  }

  /**
   * The Javalin handler for {@code POST /slack/events}. Signatures are dated by Slack's real clock
   * and Bolt checks them again against the system clock, so freshness is judged by the system clock
   * too, not by the app's clock (which tests move by weeks).
   */
  public Handler eventsHandler() {
    return new BoltHandler(app, options.signingSecret(), Clock.systemUTC());
  }

  /** Connects over Socket Mode when an app token is configured. */
  public void start() {
    if (options.appToken().isEmpty()) {
      return;
    }
    try {
      socketMode =
          new SocketModeApp(options.appToken().get(), app, SocketModeClient.Backend.JavaWebSocket);
      socketMode.startAsync();
      LOG.info("Slack Socket Mode connecting");
    } catch (Exception e) {
      throw new IllegalStateException("Cannot start Slack Socket Mode: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    if (socketMode != null) {
      try {
        socketMode.close();
      } catch (Exception e) {
        LOG.warn("Closing Socket Mode failed: {}", e.getClass().getSimpleName());
      }
    }
    try {
      app.stop();
    } catch (Exception e) {
      LOG.warn("Stopping the Slack app failed: {}", e.getClass().getSimpleName());
    }
  }
}
