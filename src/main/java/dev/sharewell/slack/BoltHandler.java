package dev.sharewell.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.UnauthorizedResponse;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The edge between Javalin and Bolt: the raw body and every header go in unchanged, so Bolt can
 * verify Slack's signature; Bolt's status, headers and body come back out. The signature is checked
 * first and the payload's shape next, so a forged request gets 401 and a broken one 400 before any
 * of it is read into a handler. Slack's certificate check ({@code ssl_check=1}) is answered here.
 */
final class BoltHandler implements Handler {
  private final App app;
  private final SlackRequestParser parser;
  private final SignatureCheck signature;

  BoltHandler(App app, String signingSecret, Clock clock) {
    this.app = app;
    this.parser = new SlackRequestParser(app.config());
    this.signature = new SignatureCheck(signingSecret, clock);
  }

  @java.lang.Override
  public void handle(Context ctx) throws Exception {
    String body = ctx.body();
    if (!signature.isValid(
        ctx.header("X-Slack-Request-Timestamp"), ctx.header("X-Slack-Signature"), body)) {
      throw new UnauthorizedResponse(
          "The Slack signature is missing, wrong, too old or dated in the future");
    }
    if (SslCheck.is(ctx.contentType(), body)) {
      // Slack checks the certificate of the request url: 200 and nothing else, nothing done.
      ctx.status(200).result("");
      return;
    }
    SlackPayloadCheck.problem(ctx.contentType(), body)
        .ifPresent(
            problem -> {
              throw new BadRequestResponse(problem);
            });
    Map<String, List<String>> headers = new HashMap<>();
    for (String name : ctx.headerMap().keySet()) {
      headers.put(name, List.of(ctx.header(name)));
    }
    Request<?> request;
    try {
      request =
          parser.parse(
              SlackRequestParser.HttpRequest.builder()
                  .requestUri(ctx.path())
                  .queryString(ctx.queryParamMap())
                  .headers(new RequestHeaders(headers))
                  .requestBody(body)
                  .remoteAddress(ctx.ip())
                  .build());
    } catch (RuntimeException e) {
      // Bolt's reader fails on fields of the wrong type (an object where text belongs, ...).
      throw new BadRequestResponse("The Slack payload has fields of the wrong type");
    }
    if (request == null) {
      throw new BadRequestResponse("Not a Slack request this app understands");
    }
    Response response;
    try {
      response = app.run(request);
    } catch (com.google.gson.JsonParseException e) {
      // Bolt reads an event's body only now: a field of the wrong type is found here.
      throw new BadRequestResponse("The Slack payload has fields of the wrong type");
    }
    ctx.status(response.getStatusCode());
    response.getHeaders().forEach((name, values) -> values.forEach(v -> ctx.header(name, v)));
    if (response.getContentType() != null) {
      ctx.contentType(response.getContentType());
    }
    ctx.result(response.getBody() == null ? "" : response.getBody());
  }
}
