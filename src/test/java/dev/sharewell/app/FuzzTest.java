package dev.sharewell.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sharewell.conversation.ActionIds;
import dev.sharewell.testing.DbEngine;
import dev.sharewell.testing.FakeConnector;
import dev.sharewell.testing.Http;
import dev.sharewell.testing.Junk;
import dev.sharewell.testing.LogWatch;
import dev.sharewell.testing.SlackRequests;
import dev.sharewell.testing.SlackTestApp;
import dev.sharewell.testing.TableCounts;
import dev.sharewell.testing.TeamsActivities;
import dev.sharewell.testing.TeamsTestApp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Thousands of generated requests over HTTP to the real app (Slack and Teams at once, against their
 * fakes), hostile ones interleaved with a script of valid ones. Afterwards no answer may have been
 * a 5xx, /health must be ok, and the database must hold exactly what the valid script alone writes:
 * the same script is replayed on a fresh app without the fuzz, and both databases are compared
 * table by table and on their key rows.
 *
 * <p>Repeat a run with {@code -Dsharewell.fuzz.seed=N}; change its size with {@code
 * -Dsharewell.fuzz.requests=N} (H2) and {@code -Dsharewell.fuzz.requests.postgres=N}.
 */
class FuzzTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Tables the fuzz may add rows to: people and workspaces that spoke to the bot. */
  private static final Set<String> OPEN_TABLES =
      Set.of("members", "member_networks", "workspaces", "conversation_refs");

  static List<DbEngine> engines() {
    return DbEngine.available();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("engines")
  void hostile_requests_never_get_a_5xx_and_change_nothing_the_valid_ones_do_not(DbEngine engine) {
    long seed = Long.getLong("sharewell.fuzz.seed", new Random().nextLong());
    int requests =
        engine == DbEngine.H2
            ? Integer.getInteger("sharewell.fuzz.requests", 10_000)
            : Integer.getInteger("sharewell.fuzz.requests.postgres", 5_000);
    System.out.printf("FuzzTest on %s: seed %d (-Dsharewell.fuzz.seed=%d)%n", engine, seed, seed);

    Random random = new Random(seed);
    List<Step> script = ValidScript.generate(random);
    Snapshot fuzzed;
    Snapshot replayed;
    long started = System.nanoTime();
    Run run;
    List<String> logged;
    try (Stack stack = new Stack(engine);
        LogWatch log = new LogWatch()) {
      run = stack.play(script, new Junk(random), requests);
      logged = log.failures();
      assertThat(stack.app.http.get("/health").json().path("status").asText()).isEqualTo("ok");
      fuzzed = Snapshot.of(stack.app.db.jdbi());
      assertThat(run.failures).as("5xx answers (seed %d)", seed).isEmpty();
      assertThat(logged).as("failures logged (seed %d)", seed).isEmpty();
      assertThat(stack.toSlack() + run.answers)
          .as("what Slack was given to show")
          .doesNotContain(
              "<!channel>", "<!here>", "<!everyone>", "<@UADMIN>", "<http://evil.test|");
      assertThat(stack.toTeams())
          .as("what Teams was given to show")
          .doesNotContainPattern("(?<!\\\\)\\]\\(http://evil")
          .doesNotContainPattern("(?<!\\\\)<at>")
          .isNotEmpty();
    }
    long millis = (System.nanoTime() - started) / 1_000_000;
    System.out.printf(
        "FuzzTest on %s: %d requests (%d valid) in %d ms, seed %d; statuses %s%n",
        engine, run.sent, script.size(), millis, seed, run.statuses);
    try (Stack stack = new Stack(engine)) {
      stack.play(script, null, 0);
      replayed = Snapshot.of(stack.app.db.jdbi());
    }

    assertThat(fuzzed.counts).as("rows per table (seed %d)", seed).isEqualTo(replayed.counts);
    assertThat(fuzzed.keyRows).as("key rows (seed %d)", seed).isEqualTo(replayed.keyRows);
    assertThat(fuzzed.strangers)
        .as("people only the fuzz knows have not joined (seed %d)", seed)
        .allSatisfy(row -> assertThat(row).endsWithIgnoringCase(" opted_in=false"));
    assertThat(run.sent).isEqualTo(requests + script.size());
  }

  /** The app with Slack and Teams (local mode) on, their fakes, and the traffic sent to it. */
  private static final class Stack implements AutoCloseable {
    final FakeConnector connector = new FakeConnector();
    final SlackTestApp app;
    final TeamsActivities teams;

    Stack(DbEngine engine) {
      app =
          new SlackTestApp(
              engine,
              Map.of(
                  "SHAREWELL_ADMINS",
                  "slack:" + SlackTestApp.ADMIN + ",teams:" + TeamsTestApp.ADMIN,
                  "SHAREWELL_COMMS_CHANNEL",
                  "CCOMMS"));
      teams = new TeamsActivities(app.http, connector);
    }

    Run play(List<Step> script, Junk junk, int fuzzCount) {
      Run run = new Run();
      List<Long> contentIds = new ArrayList<>();
      FuzzTraffic fuzz =
          junk == null
              ? null
              : new FuzzTraffic(
                  junk,
                  app.slack,
                  app.requests,
                  teams,
                  app.http,
                  connector.serviceUrl(),
                  contentIds);
      // Where the valid steps go among the fuzz: random places, in the script's order.
      List<Integer> places = new ArrayList<>();
      for (int i = 0; i < script.size(); i++) {
        places.add(junk == null ? 0 : junk.below(fuzzCount + 1));
      }
      Collections.sort(places);
      int next = 0;
      for (int i = 0; i <= fuzzCount; i++) {
        while (next < script.size() && places.get(next) == i) {
          Http.Response response = script.get(next++).send(this, contentIds);
          assertThat(response.status()).as("valid step %d", next).isBetween(200, 299);
          assertThat(response.body()).doesNotContain("\"response_action\":\"errors\"");
          run.record(i, response);
        }
        if (i < fuzzCount) {
          try {
            run.record(i, fuzz.next());
          } catch (java.io.UncheckedIOException e) {
            run.failures.add(
                "#"
                    + i
                    + " ("
                    + fuzz.last
                    + ", after "
                    + run.previous
                    + ") no answer: "
                    + e.getMessage());
          }
        }
      }
      if (fuzz != null) {
        System.out.println(
            "FuzzTest: ms by kind/10 " + java.util.Arrays.toString(fuzz.millisByKind));
      }
      return run;
    }

    /** Everything Sharewell sent to Slack's Web API and response urls, as text. */
    String toSlack() {
      StringBuilder all = new StringBuilder();
      app.slack.calls().forEach(c -> all.append(c.params()).append('\n'));
      app.slack.responses().forEach(r -> all.append(r).append('\n'));
      return all.toString();
    }

    /**
     * What Teams reads as Markdown in everything Sharewell sent to the connector: the cards' text
     * blocks and fact values (ids, summaries and input values are never rendered as Markdown).
     */
    String toTeams() {
      StringBuilder all = new StringBuilder();
      for (FakeConnector.Call call : connector.calls()) {
        if (call.card() == null || call.card().isMissingNode()) {
          continue;
        }
        call.card()
            .findParents("type")
            .forEach(
                n -> {
                  if ("TextBlock".equals(n.path("type").asText())) {
                    all.append(n.path("text").asText()).append('\n');
                  }
                });
        call.card()
            .findValues("facts")
            .forEach(f -> f.forEach(fact -> all.append(fact.path("value").asText()).append('\n')));
      }
      return all.toString();
    }

    @java.lang.Override
    public void close() {
      try {
        app.close();
      } finally {
        connector.close();
      }
    }
  }

  /** Statuses seen and the 5xx answers, with the index of the request that got them. */
  private static final class Run {
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

  /** One valid request whose effect the script predicts. */
  interface Step {
    Http.Response send(Stack stack, List<Long> contentIds);
  }

  record AddContent(String title, String url) implements Step {
    @java.lang.Override
    public Http.Response send(Stack stack, List<Long> contentIds) {
      Http.Response response =
          stack.app.requests.submit(
              SlackTestApp.ADMIN,
              ActionIds.ADD_CONTENT_FORM,
              "",
              Map.of("title", title, "url", url));
      contentIds.add(
          stack
              .app
              .db
              .jdbi()
              .withHandle(
                  h ->
                      h.select("SELECT id FROM content_items WHERE url = ?", url)
                          .mapTo(Long.class)
                          .one()));
      return response;
    }
  }

  record SlackJoin(String user) implements Step {
    @java.lang.Override
    public Http.Response send(Stack stack, List<Long> contentIds) {
      return stack.app.requests.command(user, "join");
    }
  }

  record TeamsJoin(String user) implements Step {
    @java.lang.Override
    public Http.Response send(Stack stack, List<Long> contentIds) {
      return stack.teams.say(user, "join");
    }
  }

  record SlackShare(String user, int item, String network) implements Step {
    @java.lang.Override
    public Http.Response send(Stack stack, List<Long> contentIds) {
      return stack.app.requests.submit(
          user,
          ActionIds.REPORT_SHARE_FORM,
          Long.toString(contentIds.get(item)),
          Map.of("network", new SlackRequests.Choice(network)));
    }
  }

  record TeamsShare(String user, int item, String network) implements Step {
    @java.lang.Override
    public Http.Response send(Stack stack, List<Long> contentIds) {
      ObjectNode value = JSON.createObjectNode();
      value.put("action", ActionIds.REPORT_SHARE_FORM).put("contentId", contentIds.get(item));
      value.putObject("form");
      value.put("network", network);
      return stack.teams.submit(user, "card-valid", value);
    }
  }

  /** Joins and content first (in a random order), then shares of what exists by who joined. */
  static final class ValidScript {
    static final int ITEMS = 6;

    static List<Step> generate(Random random) {
      List<Step> first = new ArrayList<>();
      List<Step> shares = new ArrayList<>();
      for (int i = 0; i < ITEMS; i++) {
        first.add(new AddContent("Fuzz item " + i, "https://example.com/fuzz/" + i));
      }
      List<String> networks = List.of("linkedin", "x", "facebook");
      for (int u = 0; u < 8; u++) {
        String user = String.format("UV%02d", u);
        first.add(new SlackJoin(user));
        for (String pair : pairs(random, networks)) {
          String[] parts = pair.split(" ");
          shares.add(new SlackShare(user, Integer.parseInt(parts[0]), parts[1]));
        }
      }
      for (int u = 0; u < 5; u++) {
        String user = String.format("29:v%02d", u);
        first.add(new TeamsJoin(user));
        for (String pair : pairs(random, networks)) {
          String[] parts = pair.split(" ");
          shares.add(new TeamsShare(user, Integer.parseInt(parts[0]), parts[1]));
        }
      }
      Collections.shuffle(first, random);
      Collections.shuffle(shares, random);
      List<Step> script = new ArrayList<>(first);
      script.addAll(shares);
      return script;
    }

    /** One to four different (item, network) pairs: under the daily points cap. */
    private static Set<String> pairs(Random random, List<String> networks) {
      Set<String> pairs = new TreeSet<>();
      int wanted = 1 + random.nextInt(4);
      while (pairs.size() < wanted) {
        pairs.add(random.nextInt(ITEMS) + " " + networks.get(random.nextInt(networks.size())));
      }
      return pairs;
    }
  }

  /** What the database holds, without ids and times: comparable between two runs. */
  record Snapshot(
      Map<String, Integer> counts, Map<String, List<String>> keyRows, List<String> strangers) {
    private static final String KNOWN =
        "(user_id LIKE 'UV%' OR user_id LIKE '29:v%' OR user_id IN ('UADMIN', '29:admin'))";

    static Snapshot of(Jdbi jdbi) {
      Map<String, Integer> counts = new TreeMap<>(TableCounts.of(jdbi));
      counts.keySet().removeAll(OPEN_TABLES);
      Map<String, List<String>> rows = new TreeMap<>();
      rows.put(
          "members",
          rows(
              jdbi,
              "SELECT platform || ' ' || workspace_id || ' ' || user_id || ' joined='"
                  + " || CAST(opted_in_at IS NOT NULL AND left_at IS NULL AS VARCHAR)"
                  + " || ' paused=' || CAST(paused_until IS NOT NULL AS VARCHAR)"
                  + " || ' language=' || COALESCE(language, '-')"
                  + " FROM members WHERE "
                  + KNOWN));
      rows.put(
          "networks",
          rows(
              jdbi,
              "SELECT m.user_id || ' ' || n.network || ' ' || COALESCE(CAST(n.followers AS VARCHAR), '-')"
                  + " FROM member_networks n JOIN members m ON m.id = n.member_id WHERE "
                  + KNOWN.replace("user_id", "m.user_id")));
      rows.put(
          "content",
          rows(
              jdbi,
              "SELECT title || ' ' || url || ' ' || kind || ' ' || status FROM content_items"));
      rows.put(
          "shares",
          rows(
              jdbi,
              "SELECT m.user_id || ' ' || c.url || ' ' || s.network"
                  + " || ' ' || CAST(s.personalised AS VARCHAR)"
                  + " FROM shares s JOIN members m ON m.id = s.member_id"
                  + " JOIN content_items c ON c.id = s.content_id"));
      rows.put(
          "points",
          rows(
              jdbi,
              "SELECT m.user_id || ' ' || CAST(SUM(p.points) AS VARCHAR)"
                  + " FROM points p JOIN members m ON m.id = p.member_id GROUP BY m.user_id"));
      rows.put(
          "roles",
          rows(
              jdbi,
              "SELECT m.user_id || ' ' || r.role FROM member_roles r"
                  + " JOIN members m ON m.id = r.member_id"));
      rows.put("audit", rows(jdbi, "SELECT action || ' ' || COALESCE(detail, '-') FROM audit_log"));
      List<String> strangers =
          rows(
              jdbi,
              "SELECT user_id || ' opted_in=' || CAST(opted_in_at IS NOT NULL AS VARCHAR)"
                  + " FROM members WHERE NOT "
                  + KNOWN);
      return new Snapshot(counts, rows, strangers);
    }

    private static List<String> rows(Jdbi jdbi, String sql) {
      List<String> rows =
          new ArrayList<>(jdbi.withHandle(h -> h.select(sql).mapTo(String.class).list()));
      Collections.sort(rows);
      return rows;
    }
  }
}
