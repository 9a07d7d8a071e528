package dev.sharewell.bench;

import java.util.Arrays;

/** Percentiles of recorded latencies, in milliseconds. */
final class Latencies {
  private final double[] millis;

  Latencies(double[] millis) {
    this.millis = millis.clone();
    Arrays.sort(this.millis);
  }

  double percentile(double p) {
    if (millis.length == 0) {
      return Double.NaN;
    }
    int index = (int) Math.ceil(p / 100.0 * millis.length) - 1;
    return millis[Math.max(0, Math.min(millis.length - 1, index))];
  }

  double max() {
    return millis.length == 0 ? Double.NaN : millis[millis.length - 1];
  }

  int count() {
    return millis.length;
  }
}
