package dev.sharewell.bench;

import dev.sharewell.personalise.NearDuplicateIndex;
import dev.sharewell.personalise.NearDuplicateVerdict;
import dev.sharewell.testing.PostTexts;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The near-duplicate check when a whole company shares one item: an index of N colleague texts
 * (exact copies of the suggested captions, near-copies, and own texts in English and Danish), then
 * timed checks of a realistic mix after a warm-up. Prints index build time, heap per text, and p50,
 * p90, p99 and max per check, overall and per kind of text. Target (issue 6): one check under 20 ms
 * with 10,000 texts.
 *
 * <p>Arguments: {@code --texts N} (10000), {@code --checks C} (2000), {@code --warmup W} (2000),
 * {@code --seed S} (42).
 */
public final class NearDuplicateBench {
  private static final List<String> CAPTIONS =
      List.of(
          "We are hiring a senior backend engineer for our payments platform in Aarhus. "
              + "Flexible hours, a calm on-call and a team that reviews code with care.",
          "Our payments team in Aarhus is growing! Join a group of engineers who care about "
              + "clean code, calm on-call weeks and customers who never notice a thing.",
          "Vi søger en erfaren backend-udvikler til vores betalingsplatform i Aarhus. "
              + "Fleksible timer, rolige vagter og et hold, der giver sig tid til kodegennemgang.");
  private static final List<String> KINDS = List.of("caption", "near copy", "own text", "short");

  public static void main(String[] args) {
    Map<String, String> options = options(args);
    int textCount = Integer.parseInt(options.getOrDefault("texts", "10000"));
    int checkCount = Integer.parseInt(options.getOrDefault("checks", "2000"));
    int warmupCount = Integer.parseInt(options.getOrDefault("warmup", "2000"));
    PostTexts texts = new PostTexts(Long.parseLong(options.getOrDefault("seed", "42")));

    List<String> colleagueTexts = new ArrayList<>();
    for (int i = 0; i < textCount; i++) {
      int roll = texts.random().nextInt(100);
      String caption = texts.pick(CAPTIONS);
      colleagueTexts.add(
          roll < 15 ? caption : roll < 45 ? texts.nearCopy(caption) : texts.ownText());
    }
    List<Check> warmup = checks(texts, warmupCount);
    List<Check> measured = checks(texts, checkCount);

    long heapBefore = usedHeapAfterGc();
    long buildStart = System.nanoTime();
    NearDuplicateIndex index = new NearDuplicateIndex();
    CAPTIONS.forEach(index::addSuggested);
    for (int i = 0; i < colleagueTexts.size(); i++) {
      index.addColleague(i, colleagueTexts.get(i));
    }
    double buildMillis = (System.nanoTime() - buildStart) / 1e6;
    long heapAfter = usedHeapAfterGc();

    System.out.printf(
        "index: %d colleague texts (%d distinct), built in %.0f ms, heap %.2f MB,"
            + " %.0f bytes a text, %.0f bytes a distinct text%n",
        textCount,
        index.size(),
        buildMillis,
        (heapAfter - heapBefore) / 1e6,
        (heapAfter - heapBefore) / (double) textCount,
        (heapAfter - heapBefore) / (double) index.size());

    run(index, warmup, new double[warmup.size()]);
    Map<String, double[]> millisByKind = new LinkedHashMap<>();
    long allocatedBefore = allocatedBytes();
    double[] cpu = new double[measured.size()];
    double[] all = run(index, measured, cpu);
    long allocated = allocatedBytes() - allocatedBefore;
    System.out.printf(
        "checks: %d after %d warm-up, %.0f KB allocated a check%n",
        measured.size(), warmup.size(), allocated / 1024.0 / measured.size());
    print("all", new Latencies(all));
    // CPU time of the checking thread: what the check itself costs, without the time it waited
    // for a core (other processes) or for a garbage-collection pause.
    print("all (cpu)", new Latencies(cpu));
    for (String kind : KINDS) {
      List<Double> millis = new ArrayList<>();
      for (int i = 0; i < measured.size(); i++) {
        if (measured.get(i).kind.equals(kind)) {
          millis.add(all[i]);
        }
      }
      millisByKind.put(kind, millis.stream().mapToDouble(Double::doubleValue).toArray());
    }
    millisByKind.forEach((kind, millis) -> print(kind, new Latencies(millis)));
    for (String kind : KINDS) {
      System.out.printf(
          "  %-10s %d of %d too close%n",
          kind,
          measured.stream().filter(c -> c.kind.equals(kind) && c.verdict.tooClose()).count(),
          measured.stream().filter(c -> c.kind.equals(kind)).count());
    }
  }

  private static List<Check> checks(PostTexts texts, int count) {
    List<Check> checks = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int roll = texts.random().nextInt(100);
      String caption = texts.pick(CAPTIONS);
      if (roll < 20) {
        checks.add(new Check("caption", caption));
      } else if (roll < 50) {
        checks.add(new Check("near copy", texts.nearCopy(caption)));
      } else if (roll < 90) {
        checks.add(new Check("own text", texts.ownText()));
      } else {
        checks.add(new Check("short", texts.shortText()));
      }
    }
    return checks;
  }

  /** Runs the checks and returns wall-clock milliseconds for each; CPU times go to {@code cpu}. */
  private static double[] run(NearDuplicateIndex index, List<Check> checks, double[] cpu) {
    java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double[] millis = new double[checks.size()];
    for (int i = 0; i < checks.size(); i++) {
      Check check = checks.get(i);
      long cpuStart = threads.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      check.verdict = index.check(check.text, -1);
      millis[i] = (System.nanoTime() - start) / 1e6;
      cpu[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
    }
    return millis;
  }

  private static void print(String label, Latencies latencies) {
    System.out.printf(
        "  %-10s n=%4d  p50 %.3f ms  p90 %.3f ms  p99 %.3f ms  max %.3f ms%n",
        label,
        latencies.count(),
        latencies.percentile(50),
        latencies.percentile(90),
        latencies.percentile(99),
        latencies.max());
  }

  /** Bytes this thread allocated so far (HotSpot's com.sun.management extension). */
  private static long allocatedBytes() {
    return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean())
        .getCurrentThreadAllocatedBytes();
  }

  private static long usedHeapAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    return options;
  }

  /** One timed check: what kind of text, the text, and the verdict once run. */
  private static final class Check {
    final String kind;
    final String text;
    NearDuplicateVerdict verdict;

    Check(String kind, String text) {
      this.kind = kind;
      this.text = text;
    }
  }
}
