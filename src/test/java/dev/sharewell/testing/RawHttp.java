package dev.sharewell.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;

/**
 * HTTP/1.1 written by hand on a socket, for requests a proper client refuses to send: broken
 * request lines, lying Content-Length headers, endless chunked bodies.
 */
public final class RawHttp {
  private final int port;

  public RawHttp(int port) {
    this.port = port;
  }

  /** A parsed answer: status and body (headers are not needed by the tests). */
  public record Answer(int status, String head, String body) {}

  /** Sends {@code head} (request line and headers, without the blank line), then the body bytes. */
  public Answer send(String head, byte[] body) {
    return send(head, body, false);
  }

  /** As {@link #send(String, byte[])}, then stops sending: a body shorter than announced ends. */
  public Answer sendAndStop(String head, byte[] body) {
    return send(head, body, true);
  }

  private Answer send(String head, byte[] body, boolean stop) {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write((head + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
      try {
        out.write(body);
        out.flush();
        if (stop) {
          socket.shutdownOutput();
        }
      } catch (SocketException e) {
        // The server answered and closed before reading it all: what a refusal looks like.
      }
      return parse(read(socket));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Answer send(String head) {
    return send(head, new byte[0]);
  }

  private static byte[] read(Socket socket) throws IOException {
    ByteArrayOutputStream answer = new ByteArrayOutputStream();
    try {
      socket.getInputStream().transferTo(answer);
    } catch (SocketException e) {
      // A reset after the answer was sent: keep what arrived.
    }
    return answer.toByteArray();
  }

  private static Answer parse(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    int end = text.indexOf("\r\n\r\n");
    if (!text.startsWith("HTTP/1.1 ") || end < 0) {
      throw new AssertionError("not an HTTP answer: " + text);
    }
    String head = text.substring(0, end);
    String body = text.substring(end + 4);
    if (head.toLowerCase().contains("transfer-encoding: chunked")) {
      body = unchunk(body);
    }
    return new Answer(Integer.parseInt(text.substring(9, 12)), head, body);
  }

  private static String unchunk(String chunked) {
    StringBuilder body = new StringBuilder();
    int at = 0;
    while (true) {
      int lineEnd = chunked.indexOf("\r\n", at);
      int size = Integer.parseInt(chunked.substring(at, lineEnd).strip(), 16);
      if (size == 0) {
        return body.toString();
      }
      body.append(chunked, lineEnd + 2, lineEnd + 2 + size);
      at = lineEnd + 2 + size + 2;
    }
  }
}
