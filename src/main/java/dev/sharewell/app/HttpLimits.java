package dev.sharewell.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.QoSHandler;
import org.eclipse.jetty.util.Callback;

/**
 * How much the HTTP server takes on at once. Requests beyond {@link #MAX_IN_FLIGHT} wait, at most
 * {@link #MAX_WAITING} of them for at most {@link #MAX_WAIT}; the rest are answered 503 "busy" at
 * once, so neither the threads nor the queues grow without end under a flood. Jetty's own job queue
 * is left unbounded, as Jetty asks (a bounded one can drop its internal jobs): what fills it is the
 * requests, and those are bounded here.
 */
final class HttpLimits {
  /** Requests handled at once; a Teams turn counts until its reply is sent. */
  static final int MAX_IN_FLIGHT = 128;

  /** Requests waiting for one of those places, at most. */
  static final int MAX_WAITING = 256;

  /** How long a request waits for a place: Slack wants its answer within 3 s. */
  static final Duration MAX_WAIT = Duration.ofSeconds(2);

  private static final byte[] BUSY = busyBody();

  private HttpLimits() {}

  static QoSHandler admission() {
    QoSHandler qos = new BusyAnswer();
    qos.setMaxRequestCount(MAX_IN_FLIGHT);
    qos.setMaxSuspendedRequestCount(MAX_WAITING);
    qos.setMaxSuspend(MAX_WAIT);
    return qos;
  }

  /** Turns away in Sharewell's error format, with the hint to try again in a minute. */
  private static final class BusyAnswer extends QoSHandler {
    @java.lang.Override
    protected void reject(Request request, Response response, Callback callback, int status) {
      busy(response, callback);
    }

    @java.lang.Override
    protected void failSuspended(
        Request request, Response response, Callback callback, int status, Throwable failure) {
      busy(response, callback);
    }

    private static void busy(Response response, Callback callback) {
      response.setStatus(HttpStatus.SERVICE_UNAVAILABLE_503);
      response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
      response.getHeaders().put(HttpHeader.RETRY_AFTER, "60");
      response.write(true, ByteBuffer.wrap(BUSY), callback);
    }
  }

  private static byte[] busyBody() {
    try {
      return new ObjectMapper()
          .writeValueAsBytes(Map.of("error", "Sharewell is busy, try again in a minute"));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
