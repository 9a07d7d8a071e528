package dev.sharewell.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.util.Map;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own answers (a request line or header Jetty cannot read, a path that is not UTF-8, a
 * header block too large) in Sharewell's error format instead of Jetty's HTML page. Only the
 * status's standard reason is said: nothing of the request or of an exception is echoed.
 */
final class JsonErrorHandler extends ErrorHandler {
  private static final ObjectMapper JSON = new ObjectMapper();

  @java.lang.Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, "application/json");
    // Jetty closes the connection after a request it could not read; say so, or a client may
    // send its next request on it and get no answer.
    fields.put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
    return ByteBuffer.wrap(body(status));
  }

  @java.lang.Override
  protected void generateResponse(
      Request request,
      Response response,
      int code,
      String message,
      Throwable cause,
      Callback callback) {
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
    // These are requests Jetty could not read (a url or headers too long, bad encoding): the
    // connection is not trusted for another request.
    response.getHeaders().put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
    response.write(true, ByteBuffer.wrap(body(code)), callback);
  }

  static byte[] body(int status) {
    String reason = HttpStatus.getMessage(status);
    try {
      return JSON.writeValueAsBytes(Map.of("error", reason == null ? "Error" : reason));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
