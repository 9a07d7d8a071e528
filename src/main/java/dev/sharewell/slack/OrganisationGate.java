package dev.sharewell.slack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.bolt.context.ActionRespondUtility;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestType;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.EventRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import dev.sharewell.chat.OutboundMessage;
import dev.sharewell.conversation.Conversation;
import dev.sharewell.identity.Platform;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops every request from a workspace outside the organisation before a listener sees it, over
 * HTTP and Socket Mode alike: a slash command gets the one polite answer, a button the same answer
 * through its response url, anything else a bare acknowledgement. Nothing is stored for them.
 * Bolt's own middleware runs first, so the signature is checked and Slack's url verification and
 * SSL check are answered before this.
 */
final class OrganisationGate implements Middleware {
  private static final Logger LOG = LoggerFactory.getLogger(OrganisationGate.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Conversation conversation;

  OrganisationGate(Conversation conversation) {
    this.conversation = conversation;
  }

  @Override
  public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
    String teamId = workspaceOf(req);
    Optional<OutboundMessage> answer =
        conversation.outsiderAnswer(Platform.SLACK, teamId, Optional.empty());
    if (answer.isEmpty()) {
      return chain.next(req);
    }
    LOG.info(
        "Refused a Slack request from workspace {}, which is not in this organisation", teamId);
    String text = SlackText.escape(answer.get().summary());
    if (req.getRequestType() == RequestType.Command) {
      return Response.json(200, Map.of("response_type", "ephemeral", "text", text));
    }
    if (req.getContext() instanceof ActionRespondUtility buttons) {
      try {
        buttons.respond(text);
      } catch (IOException | RuntimeException e) {
        LOG.debug("The answer to an outsider's button did not reach Slack: {}", e.toString());
      }
    }
    return Response.ok();
  }

  /**
   * The workspace a request comes from, as its payload says. Not Bolt's context: with a single
   * workspace's token Bolt fills that in from the token's own workspace, whoever sent the request.
   */
  static String workspaceOf(Request<?> req) throws IOException {
    if (req instanceof SlashCommandRequest command) {
      return command.getPayload().getTeamId();
    }
    if (req instanceof BlockActionRequest action) {
      return SlackPeople.teamId(action.getPayload());
    }
    if (req instanceof ViewSubmissionRequest view) {
      return SlackPeople.teamId(view.getPayload());
    }
    if (req instanceof EventRequest) {
      return JSON.readTree(req.getRequestBodyAsString()).path("team_id").asText(null);
    }
    return req.getContext().getTeamId();
  }
}
