package dev.sharewell.app;

import dev.sharewell.testing.Http;
import dev.sharewell.testing.LogWatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Statuses seen, the 5xx answers and the failures logged, each with the request that caused it
 * ({@code #i} the i-th hostile request, {@code #i+} the once-failing shape sent after it).
 */
final class FuzzRun {
  final Map<Integer, Integer> statuses = new TreeMap<>();
  final List<String> failures = new ArrayList<>();

  /** The requests after which a failure was logged, with what was logged. */
  final List<String> logged = new ArrayList<>();

  private final LogWatch log;
  private int loggedSoFar;

  FuzzRun(LogWatch log) {
    this.log = log;
  }

  /** The bodies of successful answers: Slack shows a command's answer to whoever typed it. */
  final StringBuilder answers = new StringBuilder();

  int sent;

  /** Of the requests sent, how many were of a once-failing shape ({@link FuzzFindings}). */
  int findings;

  String previous = "";

  void record(String label, Http.Response response) {
    sent++;
    previous = response.status() + " " + response.headers().getOrDefault("connection", List.of());
    statuses.merge(response.status(), 1, Integer::sum);
    if (response.status() < 300) {
      answers.append(response.body()).append('\n');
    }
    if (response.status() >= 500) {
      String body = response.body();
      failures.add(
          label + " " + response.status() + " " + body.substring(0, Math.min(200, body.length())));
    }
  }

  /** Notes a failure logged since the last request as caused by {@code label}. */
  void checkLog(String label) {
    if (log == null) {
      return;
    }
    List<String> now = log.failures();
    if (now.size() > loggedSoFar) {
      logged.add(label + ": " + now.subList(loggedSoFar, now.size()));
      loggedSoFar = now.size();
    }
  }
}
