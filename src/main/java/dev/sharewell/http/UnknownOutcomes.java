package dev.sharewell.http;

import java.io.IOException;
import java.io.InterruptedIOException;
import okhttp3.Interceptor;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Tells apart the two ways a call to a platform can fail without an answer, for both adapters'
 * OkHttp clients. As a network interceptor it runs only once a connection is open: a failure that
 * passes through it (a read timeout, a reset, an answer cut short) came after the request may have
 * been written, so whether the platform acted on it is unknown. A failure before it (refused,
 * connect timeout, unknown host) never sent a byte and is safe to repeat.
 */
public final class UnknownOutcomes implements Interceptor {

  @Override
  public Response intercept(Chain chain) throws IOException {
    try {
      Response response = chain.proceed(chain.request());
      ResponseBody body = response.body();
      if (body == null) {
        return response;
      }
      // Read the (small, JSON) answer here, so a connection lost in the middle of it counts too.
      byte[] bytes = body.bytes();
      return response.newBuilder().body(ResponseBody.create(bytes, body.contentType())).build();
    } catch (OutcomeUnknownException e) {
      throw e;
    } catch (IOException e) {
      throw new OutcomeUnknownException(e);
    }
  }

  /** Whether {@code error}, or one of its causes, is a failure after the request went out. */
  public static boolean isOutcomeUnknown(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof OutcomeUnknownException) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  /**
   * An interrupted exchange. OkHttp never repeats a call that failed with an interruption other
   * than a connect timeout, so it does not send a request again by itself that may have arrived.
   */
  static final class OutcomeUnknownException extends InterruptedIOException {
    OutcomeUnknownException(IOException cause) {
      super("no complete answer after the request went out: " + cause.getClass().getSimpleName());
      initCause(cause);
    }
  }
}
