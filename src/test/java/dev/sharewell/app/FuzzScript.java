package dev.sharewell.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sharewell.chat.ActionIds;
import dev.sharewell.testing.Http;
import dev.sharewell.testing.SlackRequests;
import dev.sharewell.testing.SlackTestApp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * The valid half of the fuzz test: joins and content first (in a random order), then shares of what
 * exists by who joined. Every step's effect is known, so the database after the fuzz can be
 * compared with the database after the script alone.
 */
final class FuzzScript {
  private static final ObjectMapper JSON = new ObjectMapper();

  private FuzzScript() {}

  /** One valid request whose effect the script predicts. */
  interface Step {
    Http.Response send(FuzzStack stack, List<Long> contentIds);
  }

  record AddContent(String title, String url) implements Step {
    @java.lang.Override
    public Http.Response send(FuzzStack stack, List<Long> contentIds) {
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
    public Http.Response send(FuzzStack stack, List<Long> contentIds) {
      return stack.app.requests.command(user, "join");
    }
  }

  record TeamsJoin(String user) implements Step {
    @java.lang.Override
    public Http.Response send(FuzzStack stack, List<Long> contentIds) {
      return stack.teams.say(user, "join");
    }
  }

  record SlackShare(String user, int item, String network) implements Step {
    @java.lang.Override
    public Http.Response send(FuzzStack stack, List<Long> contentIds) {
      return stack.app.requests.submit(
          user,
          ActionIds.REPORT_SHARE_FORM,
          Long.toString(contentIds.get(item)),
          Map.of("network", new SlackRequests.Choice(network)));
    }
  }

  record TeamsShare(String user, int item, String network) implements Step {
    @java.lang.Override
    public Http.Response send(FuzzStack stack, List<Long> contentIds) {
      ObjectNode value = JSON.createObjectNode();
      value.put("action", ActionIds.REPORT_SHARE_FORM).put("contentId", contentIds.get(item));
      value.putObject("form");
      value.put("network", network);
      return stack.teams.submit(user, "card-valid", value);
    }
  }

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
