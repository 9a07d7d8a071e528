package dev.sharewell.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sharewell.identity.Platform;
import dev.sharewell.testing.DbEngine;
import dev.sharewell.testing.Poll;
import dev.sharewell.testing.TestClock;
import dev.sharewell.testing.TestDatabase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

@ParameterizedClass
@MethodSource("dev.sharewell.testing.DbEngine#available")
class WorkspaceLeasesTest {
  @Parameter DbEngine engine;

  TestDatabase db;
  final TestClock clock = TestClock.standard();

  @BeforeEach
  void open() {
    db = TestDatabase.open(engine);
  }

  @AfterEach
  void close() {
    db.close();
  }

  WorkspaceLeases instance(String name) {
    return new WorkspaceLeases(db.jdbi(), clock, name, Duration.ofSeconds(30));
  }

  @Test
  void one_holder_at_a_time_until_the_lease_runs_out_or_is_released() {
    WorkspaceLeases a = instance("a");
    WorkspaceLeases b = instance("b");

    assertThat(a.acquire(Platform.SLACK, "T1")).isTrue();
    assertThat(b.acquire(Platform.SLACK, "T1")).isFalse();
    assertThat(b.acquire(Platform.SLACK, "T2")).as("another workspace is free").isTrue();
    assertThat(a.acquire(Platform.SLACK, "T1")).as("renewing").isTrue();

    clock.advance(Duration.ofSeconds(31));
    assertThat(b.acquire(Platform.SLACK, "T1")).as("a died: its lease ran out").isTrue();
    assertThat(a.acquire(Platform.SLACK, "T1")).isFalse();

    b.release(Platform.SLACK, "T1");
    assertThat(a.acquire(Platform.SLACK, "T1")).isTrue();
  }

  @Test
  void of_many_instances_racing_for_a_free_lease_exactly_one_wins() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        WorkspaceLeases leases = instance("i" + i);
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  return leases.acquire(Platform.TEAMS, "tenant");
                }));
      }
      start.countDown();
      int winners = 0;
      for (Future<Boolean> result : results) {
        winners += result.get() ? 1 : 0;
      }
      assertThat(winners).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void the_heartbeat_keeps_a_lease_while_its_holder_works_longer_than_a_lease() {
    WorkspaceLeases a = instance("a");
    WorkspaceLeases b = instance("b");
    assertThat(a.acquire(Platform.SLACK, "T1")).isTrue();

    for (int beat = 0; beat < 6; beat++) {
      clock.advance(Duration.ofSeconds(10));
      a.renewHeld();
      assertThat(b.acquire(Platform.SLACK, "T1")).as("beat %d", beat).isFalse();
      assertThat(a.holds(Platform.SLACK, "T1")).isTrue();
    }

    // The beats stop (the holder hangs): it stops sending before anyone else may start.
    clock.advance(Duration.ofSeconds(21));
    assertThat(a.holds(Platform.SLACK, "T1")).isFalse();
    assertThat(b.acquire(Platform.SLACK, "T1")).isFalse();
    clock.advance(Duration.ofSeconds(10));
    assertThat(b.acquire(Platform.SLACK, "T1")).isTrue();
    a.renewHeld();
    assertThat(a.holds(Platform.SLACK, "T1")).as("a beat after b took over gives up").isFalse();
    assertThat(a.holdsAny()).isFalse();
  }

  @Test
  void a_released_lease_is_not_renewed_by_the_heartbeat() {
    WorkspaceLeases a = instance("a");
    a.acquire(Platform.TEAMS, "tenant");
    a.release(Platform.TEAMS, "tenant");

    a.renewHeld();

    assertThat(instance("b").acquire(Platform.TEAMS, "tenant")).isTrue();
  }

  @Test
  void the_heartbeat_thread_renews_on_its_own_until_it_is_closed() {
    Duration lease = Duration.ofSeconds(1);
    WorkspaceLeases a = new WorkspaceLeases(db.jdbi(), java.time.Clock.systemUTC(), "a", lease);
    WorkspaceLeases b = new WorkspaceLeases(db.jdbi(), java.time.Clock.systemUTC(), "b", lease);
    LeaseHeartbeat heartbeat = new LeaseHeartbeat(a);
    try {
      assertThat(a.acquire(Platform.SLACK, "T1")).isTrue();
      long start = System.nanoTime();
      Poll.until(
          Duration.ofSeconds(10),
          "three lease lengths passed with the lease held",
          () -> {
            assertThat(b.acquire(Platform.SLACK, "T1")).isFalse();
            return System.nanoTime() - start > lease.multipliedBy(3).toNanos();
          });
    } finally {
      heartbeat.close();
    }
    Poll.until(
        Duration.ofSeconds(10),
        "the lease ran out once the heartbeat stopped",
        () -> b.acquire(Platform.SLACK, "T1"));
  }
}
