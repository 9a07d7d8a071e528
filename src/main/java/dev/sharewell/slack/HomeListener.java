package dev.sharewell.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.MethodsClient;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.view.View;
import dev.sharewell.conversation.Conversation;
import dev.sharewell.conversation.Origin;
import dev.sharewell.store.Outages;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Publishes a person's Home tab when they open it, and again after they press a button there. */
final class HomeListener implements BoltEventHandler<AppHomeOpenedEvent> {
  private static final Logger LOG = LoggerFactory.getLogger(HomeListener.class);

  private final Conversation conversation;
  private final MethodsClient client;
  private final Executor executor;

  HomeListener(Conversation conversation, MethodsClient client, Executor executor) {
    this.conversation = conversation;
    this.client = client;
    this.executor = executor;
  }

  @Override
  public Response apply(EventsApiPayload<AppHomeOpenedEvent> payload, EventContext ctx) {
    AppHomeOpenedEvent event = payload.getEvent();
    if (!"home".equals(event.getTab())) {
      return ctx.ack();
    }
    Origin origin = SlackPeople.atHome(payload.getTeamId(), event.getUser());
    try {
      executor.execute(() -> publish(origin));
    } catch (RejectedExecutionException e) {
      // Busy: the Home tab keeps what it showed until it is opened again.
      LOG.debug("Home tab not refreshed: the background queue is full");
    }
    return ctx.ack();
  }

  void publish(Origin origin) {
    View view;
    try {
      view = View.builder().type("home").blocks(BlockKit.render(conversation.home(origin))).build();
    } catch (RuntimeException e) {
      // The Home tab keeps what it showed; it is published again when next opened.
      Outages.log(LOG, "Home tab", e);
      return;
    }
    try {
      var response = client.viewsPublish(r -> r.userId(origin.user().userId()).view(view));
      if (!response.isOk()) {
        LOG.warn("views.publish failed: {}", response.getError());
      }
    } catch (Exception e) {
      LOG.warn("views.publish failed: {}", e.getClass().getSimpleName());
    }
  }
}
