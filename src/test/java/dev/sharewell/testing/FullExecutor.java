package dev.sharewell.testing;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * A bounded pool, as production's, whose one thread and two queue places are taken until {@link
 * #release}: everything else handed to it meanwhile is refused, as a full pool refuses. (Two, so
 * that once released it takes a command's profile refresh and its form at once.)
 */
public final class FullExecutor {
  public final ThreadPoolExecutor pool =
      new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(2));
  private final CountDownLatch released = new CountDownLatch(1);

  public FullExecutor() {
    for (int i = 0; i < 3; i++) {
      pool.execute(this::awaitRelease);
    }
  }

  /** Frees the thread and the queue: work is taken again. */
  public void release() {
    released.countDown();
  }

  private void awaitRelease() {
    try {
      released.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
