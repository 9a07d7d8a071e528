package dev.sharewell.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sharewell.testing.FakeSlack;
import dev.sharewell.testing.SlackRequests;
import dev.sharewell.testing.SlackRequests.Choice;
import dev.sharewell.testing.SlackTestApp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The leaderboard, stats, reach and the export over signed HTTP. */
class SlackLeaderboardTest {
  @RegisterExtension
  final SlackTestApp t =
      SlackTestApp.extension().withEnv("SHAREWELL_BRAND_FOLLOWERS", "linkedin=1000");

  private String item;

  @BeforeEach
  void start() {
    t.requests.command(SlackTestApp.ADMIN, "join");
    item = t.addContent("Launch", "https://example.com/launch", "We launched today!");
    for (String user : new String[] {"UALICE", "UBOB", "UCARL"}) {
      t.requests.command(user, "join");
    }
    t.requests.command(SlackTestApp.ADMIN, "role <@UCARL|carl> leader");
  }

  private void report(String user, String network, String text) {
    Map<String, Object> values = new java.util.HashMap<>(Map.of("network", new Choice(network)));
    if (text != null) {
      values.put("text", text);
    }
    t.requests.submit(user, "sharewell.report_share", item, values);
    t.clock.advance(java.time.Duration.ofMinutes(1)); // so ties go to who reported first
  }

  @Test
  void the_leaderboard_ranks_names_and_gives_leaders_their_own_section() {
    report("UBOB", "linkedin", null);
    report(
        "UCARL",
        "linkedin",
        "Proud of the team that built this, and here is why it matters to me.");
    report("UALICE", "linkedin", "We launched today!");
    report("UALICE", "linkedin", null);
    t.requests.command("UHIDE", "join");
    Map<String, Object> hide = new HashMap<>();
    hide.put("networks", List.of("linkedin"));
    hide.put("leaderboard", new Choice("hide"));
    t.requests.submit("UHIDE", "sharewell.settings", "", hide);
    report("UHIDE", "linkedin", null);

    String board = t.say("UBOB", "leaderboard");

    assertThat(board)
        .contains("1. ucarl: 15 points, 1 share, 100 % in their own words")
        .contains("2. ubob: 10 points")
        .contains("3. ualice: 10 points, 1 share, 0 % in their own words")
        .contains("Leading by example")
        .contains("… and 1 more colleague")
        .doesNotContain("uhide")
        .contains("4 of 5 members shared");
    assertThat(t.say("UBOB", "leaderboard all")).contains("Leaderboard all time");
    assertThat(t.say("UBOB", "leaderboard forever")).contains("week, month, 30d or all");
  }

  @Test
  void the_name_from_the_slack_profile_stays_however_many_commands_bring_the_handle() {
    t.slack.user("UADA", "Ada Lovelace", "Europe/London", "en-GB");
    SlackRequests requests = t.requests;
    // Each command carries Slack's legacy handle as user_name: here "uada".
    requests.command("UADA", "join");
    Map<String, Object> values = new HashMap<>(Map.of("network", new Choice("linkedin")));
    requests.submit("UADA", "sharewell.report_share", item, values);
    for (String command : new String[] {"stats", "help", "list", "stats"}) {
      requests.command("UADA", command);
    }

    String board = t.say("UBOB", "leaderboard");

    assertThat(board).contains("1. Ada Lovelace: 10 points").doesNotContain("uada");
    String stored =
        t.db
            .jdbi()
            .withHandle(
                h ->
                    h.select("SELECT display_name FROM members WHERE user_id = 'UADA'")
                        .mapTo(String.class)
                        .one());
    assertThat(stored).isEqualTo("Ada Lovelace");
  }

  @Test
  void the_handle_names_someone_slack_tells_no_name_for() {
    t.requests.command("UNONAME", "join");
    t.requests.submit(
        "UNONAME",
        "sharewell.report_share",
        item,
        new HashMap<>(Map.of("network", new Choice("linkedin"))));

    assertThat(t.say("UBOB", "leaderboard")).contains("1. unoname: 10 points");
  }

  @Test
  void an_admin_chooses_the_channel_and_posts_the_leaderboard_there() {
    report("UBOB", "linkedin", null);
    assertThat(t.say("UBOB", "leaderboard here")).contains("Only people with the admin role");

    assertThat(t.say(SlackTestApp.ADMIN, "leaderboard post")).contains("say “leaderboard here”");
    assertThat(t.say(SlackTestApp.ADMIN, "leaderboard here"))
        .contains("This channel gets the weekly leaderboard");
    assertThat(t.say(SlackTestApp.ADMIN, "leaderboard post")).contains("Posted");

    FakeSlack.Call post = t.slack.postsTo("C0GENERAL").get(0);
    assertThat(FakeSlack.text(post.json("blocks"))).contains("1. ubob: 10 points");
  }

  @Test
  void stats_show_points_rank_personal_share_streak_and_reach() {
    report("UALICE", "linkedin", "My own words on why this launch matters to my network.");

    String stats = t.say("UALICE", "stats");

    assertThat(stats)
        .contains("*Points*\n15")
        .contains("*Rank*\n#1")
        .contains("*In your own words*\n100 %")
        .contains("*Weeks in a row with a share*\n1")
        .contains("*Your reach*\n700");
  }

  @Test
  void reach_compares_members_with_the_brand_and_the_calculator_shows_its_formula() {
    assertThat(t.say("UBOB", "reach"))
        .contains("2800 people")
        .contains("2.8 times")
        .contains("1000 followers");
    assertThat(t.say("UBOB", "reach calc employees=100 linkedin=5000 x=2000 facebook=5000"))
        .contains("up to 100000 people")
        .contains("8.3 times")
        .contains("employees × the typical audience");
    assertThat(t.say("UBOB", "reach calc lots")).contains("reach calc employees=100");
  }

  @Test
  void comms_get_content_stats_and_the_export_as_a_file_in_their_dm() {
    report("UBOB", "linkedin", null);
    report("UALICE", "x", "A text of my own about the launch and why it matters.");

    String content = t.say(SlackTestApp.ADMIN, "stats content");
    assertThat(content).contains("Launch").contains("shared 2 times").contains("50 % in own words");

    assertThat(t.say(SlackTestApp.ADMIN, "stats export")).contains("CSV of all shares");
    assertThat(t.slack.calls("files.completeUploadExternal")).hasSize(1);
    String csv = t.slack.uploads().values().iterator().next();
    assertThat(csv)
        .startsWith("date,member,item,network,personalised,points")
        .contains("ubob,Launch,LinkedIn,no,10");
    assertThat(t.say("UBOB", "stats export")).contains("Only people with the comms role");
  }
}
