package dev.sharewell.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The edge between Javalin and Bolt: the raw body and every header go in unchanged, so Bolt can
 * verify Slack's signature; Bolt's status, headers and body come back out.
 */
final class BoltHandler implements Handler {
  private final App app;
  private final SlackRequestParser parser;

  BoltHandler(App app) {
    this.app = app;
    this.parser = new SlackRequestParser(app.config());
  }

  @Override
  public void handle(Context ctx) throws Exception {
    Map<String, List<String>> headers = new HashMap<>();
    for (String name : ctx.headerMap().keySet()) {
      headers.put(name, List.of(ctx.header(name)));
    }
    Request<?> request =
        parser.parse(
            SlackRequestParser.HttpRequest.builder()
                .requestUri(ctx.path())
                .queryString(ctx.queryParamMap())
                .headers(new RequestHeaders(headers))
                .requestBody(ctx.body())
                .remoteAddress(ctx.ip())
                .build());
    if (request == null) {
      ctx.status(400).json(Map.of("error", "Not a Slack request this app understands"));
      return;
    }
    Response response = app.run(request);
    ctx.status(response.getStatusCode());
    response.getHeaders().forEach((name, values) -> values.forEach(v -> ctx.header(name, v)));
    if (response.getContentType() != null) {
      ctx.contentType(response.getContentType());
    }
    ctx.result(response.getBody() == null ? "" : response.getBody());
  }
}
