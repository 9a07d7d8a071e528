package dev.sharewell.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The production pools are bounded: a full queue refuses or slows its caller, never grows. */
class AppRuntimeTest {
  private final CountDownLatch release = new CountDownLatch(1);

  private void fill(ExecutorService pool, int tasks) {
    for (int i = 0; i < tasks; i++) {
      pool.execute(
          () -> {
            try {
              release.await();
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          });
    }
  }

  @Test
  void the_background_pool_refuses_work_beyond_its_threads_and_queue() {
    AppRuntime runtime = AppRuntime.standard();
    try {
      fill(runtime.background(), AppRuntime.BACKGROUND_THREADS + AppRuntime.BACKGROUND_QUEUE);

      assertThatThrownBy(() -> runtime.background().execute(() -> {}))
          .isInstanceOf(RejectedExecutionException.class);
    } finally {
      release.countDown();
      runtime.background().shutdownNow();
      runtime.senders().shutdownNow();
    }
  }

  @Test
  void a_full_sender_pool_has_the_caller_send_and_a_stopped_one_refuses() {
    AppRuntime runtime = AppRuntime.standard();
    try {
      fill(runtime.senders(), AppRuntime.SENDER_THREADS + AppRuntime.SENDER_QUEUE);
      AtomicReference<Thread> ranOn = new AtomicReference<>();

      runtime.senders().execute(() -> ranOn.set(Thread.currentThread()));

      assertThat(ranOn.get()).isSameAs(Thread.currentThread());
      release.countDown();
      runtime.senders().shutdown();
      assertThatThrownBy(() -> runtime.senders().execute(() -> {}))
          .isInstanceOf(RejectedExecutionException.class);
    } finally {
      release.countDown();
      runtime.background().shutdownNow();
      runtime.senders().shutdownNow();
    }
  }
}
