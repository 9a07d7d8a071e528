package dev.sharewell.app;

import dev.sharewell.testing.Http;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Statuses seen and the 5xx answers, with the index of the request that got them. */
final class FuzzRun {
  final Map<Integer, Integer> statuses = new TreeMap<>();
  final List<String> failures = new ArrayList<>();

  /** The bodies of successful answers: Slack shows a command's answer to whoever typed it. */
  final StringBuilder answers = new StringBuilder();

  int sent;
  String previous = "";

  void record(int index, Http.Response response) {
    sent++;
    previous = response.status() + " " + response.headers().getOrDefault("connection", List.of());
    statuses.merge(response.status(), 1, Integer::sum);
    if (response.status() < 300) {
      answers.append(response.body()).append('\n');
    }
    if (response.status() >= 500) {
      String body = response.body();
      failures.add(
          "#"
              + index
              + " "
              + response.status()
              + " "
              + body.substring(0, Math.min(200, body.length())));
    }
  }
}
