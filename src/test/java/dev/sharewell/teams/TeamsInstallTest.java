package dev.sharewell.teams;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sharewell.testing.FakeConnector;
import dev.sharewell.testing.Http;
import dev.sharewell.testing.TeamsActivities;
import dev.sharewell.testing.TeamsTestApp;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The app added to and removed from personal chats and teams. */
class TeamsInstallTest {
  private static final String BOB = "29:bob";

  @RegisterExtension final TeamsTestApp t = TeamsTestApp.extension();

  private List<Map<String, Object>> references() {
    return t.db
        .jdbi()
        .withHandle(
            h ->
                h.select(
                        "SELECT platform, workspace_id, conversation_id, kind, user_id, team_id"
                            + " FROM conversation_refs ORDER BY conversation_id")
                    .mapToMap()
                    .list());
  }

  private List<FakeConnector.Call> greetings(String user) {
    return t.connector.postsTo(TeamsActivities.chatOf(user)).stream()
        .filter(c -> c.text().contains("Hello! I am Sharewell"))
        .toList();
  }

  @Test
  void installing_in_a_personal_chat_says_hello_with_join_and_stores_where_to_write() {
    assertThat(t.teams.install(BOB).status()).isEqualTo(202);

    FakeConnector.Call hello = t.connector.last(TeamsActivities.chatOf(BOB));
    assertThat(hello.text())
        .contains("Hello! I am Sharewell.", "Every week Sharewell sends you", "It is voluntary")
        .contains("sharewell.join", "sharewell.decline");
    assertThat(references())
        .singleElement()
        .satisfies(
            row ->
                assertThat(row)
                    .containsEntry("platform", "TEAMS")
                    .containsEntry("workspace_id", FakeConnector.TENANT)
                    .containsEntry("conversation_id", TeamsActivities.chatOf(BOB))
                    .containsEntry("kind", "PERSONAL")
                    .containsEntry("user_id", BOB));
    assertThat(t.rows().count("members", "opted_in_at IS NOT NULL"))
        .as("nobody is opted in by installing")
        .isZero();
  }

  @Test
  void the_two_activities_teams_sends_for_one_installation_greet_once_even_at_the_same_moment()
      throws Exception {
    CountDownLatch ready = new CountDownLatch(2);
    CountDownLatch go = new CountDownLatch(1);
    CompletableFuture<Http.Response> install =
        CompletableFuture.supplyAsync(() -> await(ready, go, () -> t.teams.install(BOB)));
    CompletableFuture<Http.Response> added =
        CompletableFuture.supplyAsync(() -> await(ready, go, () -> t.teams.botAdded(BOB)));
    assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
    go.countDown();

    assertThat(install.get(30, TimeUnit.SECONDS).status()).isEqualTo(202);
    assertThat(added.get(30, TimeUnit.SECONDS).status()).isEqualTo(202);
    assertThat(greetings(BOB)).hasSize(1);
    assertThat(references()).hasSize(1);
  }

  private static Http.Response await(
      CountDownLatch ready, CountDownLatch go, java.util.function.Supplier<Http.Response> send) {
    ready.countDown();
    try {
      if (!go.await(10, TimeUnit.SECONDS)) {
        throw new IllegalStateException("not started");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    return send.get();
  }

  @Test
  void joining_from_the_hello_opts_in() {
    t.teams.install(BOB);
    t.teams.press(BOB, t.connector.last(TeamsActivities.chatOf(BOB)), "sharewell.join", Map.of());

    assertThat(t.connector.last(TeamsActivities.chatOf(BOB)).text())
        .contains("Welcome to Sharewell");
    assertThat(t.rows().count("members", "opted_in_at IS NOT NULL")).isEqualTo(1);
  }

  @Test
  void removing_the_app_from_a_personal_chat_forgets_the_reference() {
    t.teams.install(BOB);
    t.teams.say("29:alice", "help");

    assertThat(t.teams.uninstall(BOB).status()).isEqualTo(202);

    assertThat(references())
        .extracting(row -> row.get("conversation_id"))
        .containsExactly(TeamsActivities.chatOf("29:alice"));
  }

  @Test
  void adding_the_app_to_a_team_stores_its_channel_and_removing_it_forgets_every_channel() {
    assertThat(t.teams.teamInstallation(TeamsTestApp.ADMIN, "add").status()).isEqualTo(202);
    assertThat(t.connector.posts()).as("no hello in a channel").isEmpty();
    assertThat(references())
        .singleElement()
        .satisfies(
            row ->
                assertThat(row)
                    .containsEntry("conversation_id", TeamsActivities.TEAM)
                    .containsEntry("kind", "CHANNEL")
                    .containsEntry("team_id", TeamsActivities.TEAM)
                    .containsEntry("user_id", null));
    t.teams.inChannel("29:alice", "help");
    assertThat(references()).hasSize(1);

    t.teams.teamInstallation(TeamsTestApp.ADMIN, "remove");

    assertThat(references()).isEmpty();
  }

  @Test
  void people_added_to_a_team_are_left_alone() {
    t.teams.teamInstallation(TeamsTestApp.ADMIN, "add");

    assertThat(t.teams.memberAddedToTeam(BOB).status()).isEqualTo(202);

    assertThat(t.connector.calls()).isEmpty();
    assertThat(t.rows().count("members")).isZero();
  }

  @Test
  void a_turn_leaves_the_default_locale_of_the_jvm_alone() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.CANADA_FRENCH);
      t.teams.locale("da-DK").say(BOB, "help");
      assertThat(Locale.getDefault()).isEqualTo(Locale.CANADA_FRENCH);
      assertThat(t.connector.last(TeamsActivities.chatOf(BOB)).text()).contains("join:");
    } finally {
      Locale.setDefault(before);
    }
  }
}
