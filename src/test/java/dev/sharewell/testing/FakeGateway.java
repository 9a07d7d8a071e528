package dev.sharewell.testing;

import dev.sharewell.chat.ChatDeliveryException;
import dev.sharewell.chat.ChatGateway;
import dev.sharewell.chat.OutboundMessage;
import dev.sharewell.chat.Recipient;
import dev.sharewell.chat.SentMessage;
import dev.sharewell.identity.Platform;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/** A chat platform in memory: records what was sent, and fails on demand. */
public final class FakeGateway implements ChatGateway {
  /** One message sent, with its recipient. */
  public record Sent(Recipient recipient, OutboundMessage message, long nanos, String thread) {
    public String userId() {
      return recipient.userId().orElse(recipient.channelId().orElse(""));
    }
  }

  private final Platform platform;
  private final List<Sent> sent = new CopyOnWriteArrayList<>();
  private final Map<String, Deque<ChatDeliveryException>> failures = new ConcurrentHashMap<>();
  private final AtomicLong ids = new AtomicLong();

  public FakeGateway(Platform platform) {
    this.platform = platform;
  }

  /** The next sends to {@code userId} fail with these, in order, then succeed again. */
  public void failNext(String userId, ChatDeliveryException... errors) {
    failures.computeIfAbsent(userId, k -> new ArrayDeque<>()).addAll(List.of(errors));
  }

  public List<Sent> sent() {
    return List.copyOf(sent);
  }

  public List<Sent> sentTo(String userId) {
    return sent.stream().filter(s -> s.userId().equals(userId)).toList();
  }

  @Override
  public Platform platform() {
    return platform;
  }

  @Override
  public SentMessage send(Recipient recipient, OutboundMessage message) {
    String to = recipient.userId().orElse(recipient.channelId().orElse(""));
    Deque<ChatDeliveryException> queue = failures.get(to);
    if (queue != null) {
      ChatDeliveryException failure = queue.poll();
      if (failure != null) {
        throw failure;
      }
    }
    sent.add(new Sent(recipient, message, System.nanoTime(), Thread.currentThread().getName()));
    return new SentMessage("m" + ids.incrementAndGet());
  }
}
