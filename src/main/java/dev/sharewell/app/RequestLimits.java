package dev.sharewell.app;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;

/**
 * The largest request body Sharewell reads. Slack and Teams send a few kilobytes; anything near a
 * megabyte is not theirs. A declared length over the limit is refused before a byte of the body is
 * read; a chunked body is cut off by Javalin when it passes the same limit.
 */
final class RequestLimits {
  static final long MAX_BODY_BYTES = 1_048_576;

  private RequestLimits() {}

  /** A before-handler: 413 when the Content-Length header says the body is too large. */
  static void checkDeclaredLength(Context ctx) {
    String declared = ctx.header("Content-Length");
    if (declared == null) {
      return;
    }
    long length;
    try {
      length = Long.parseLong(declared.strip());
    } catch (NumberFormatException e) {
      throw new HttpResponseException(HttpStatus.BAD_REQUEST.getCode(), "Bad Content-Length");
    }
    if (length > MAX_BODY_BYTES) {
      // The unread body stays on the connection, so it cannot carry another request.
      ctx.header("Connection", "close");
      throw new HttpResponseException(
          HttpStatus.CONTENT_TOO_LARGE.getCode(),
          "The request body is larger than " + MAX_BODY_BYTES + " bytes");
    }
  }
}
