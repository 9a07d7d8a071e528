package dev.sharewell.personalise;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sharewell.testing.PostTexts;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class NearDuplicateIndexConcurrencyTest {
  private static final String CAPTION =
      "Our spring hackathon is back with two days of building, pizza and demos, "
          + "open to students and professionals alike.";
  private static final int WRITERS = 2;
  private static final int READERS = 4;
  private static final int TEXTS_PER_WRITER = 400;

  private final NearDuplicateIndex index = new NearDuplicateIndex();

  @Test
  void checks_running_while_colleagues_add_texts_see_every_finished_add_and_never_half_of_one()
      throws Exception {
    index.addSuggested(CAPTION);
    List<List<String>> textsByWriter = new ArrayList<>();
    for (int w = 0; w < WRITERS; w++) {
      PostTexts generator = new PostTexts(100 + w);
      List<String> texts = new ArrayList<>();
      for (int i = 0; i < TEXTS_PER_WRITER; i++) {
        texts.add(i % 4 == 0 ? generator.nearCopy(CAPTION) : generator.ownText());
      }
      textsByWriter.add(texts);
    }
    CountDownLatch start = new CountDownLatch(1);
    CountDownLatch writersDone = new CountDownLatch(WRITERS);
    List<Callable<Integer>> tasks = new ArrayList<>();
    for (int w = 0; w < WRITERS; w++) {
      tasks.add(writer(w, textsByWriter.get(w), start, writersDone));
    }
    for (int r = 0; r < READERS; r++) {
      tasks.add(reader(start, writersDone));
    }

    ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
    try {
      List<Future<Integer>> futures = new ArrayList<>();
      for (Callable<Integer> task : tasks) {
        futures.add(pool.submit(task));
      }
      start.countDown();
      for (Future<Integer> future : futures) {
        assertThat(future.get(60, TimeUnit.SECONDS)).isPositive();
      }
    } finally {
      pool.shutdownNow();
      assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    for (int w = 0; w < WRITERS; w++) {
      for (String text : textsByWriter.get(w)) {
        assertThat(index.check(text, -1).closeness()).as(text).isEqualTo(1.0);
      }
    }
  }

  /** Adds its texts and checks right after each add that the index already knows it. */
  private Callable<Integer> writer(
      int writer, List<String> texts, CountDownLatch start, CountDownLatch done) {
    return () -> {
      try {
        assertThat(start.await(30, TimeUnit.SECONDS)).isTrue();
        for (int i = 0; i < texts.size(); i++) {
          long member = writer * 1_000_000L + i;
          index.addColleague(member, texts.get(i));
          NearDuplicateVerdict verdict = index.check(texts.get(i), -1);
          assertThat(verdict.closeness()).isEqualTo(1.0);
          assertThat(verdict.tooCloseColleagues()).isPositive();
        }
        return texts.size();
      } finally {
        done.countDown();
      }
    };
  }

  /** Checks until the writers are done; what was there before they started must stay found. */
  private Callable<Integer> reader(CountDownLatch start, CountDownLatch writersDone) {
    return () -> {
      assertThat(start.await(30, TimeUnit.SECONDS)).isTrue();
      int checks = 0;
      int lastSize = 0;
      boolean lastRound = false;
      while (!lastRound) {
        lastRound = writersDone.getCount() == 0;
        NearDuplicateVerdict verdict = index.check(CAPTION, -1);
        assertThat(verdict.tooCloseToSuggested()).isTrue();
        assertThat(verdict.closeness()).isEqualTo(1.0);
        int size = index.size();
        assertThat(size).isGreaterThanOrEqualTo(lastSize);
        lastSize = size;
        checks++;
      }
      return checks;
    };
  }
}
