package dev.sharewell.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sharewell.testing.FakeConnector;
import dev.sharewell.testing.TeamsActivities;
import dev.sharewell.testing.TeamsTestApp;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A team channel, where the bot hears only messages that @mention it and everyone sees its answers:
 * help, the leaderboard and admin commands are answered there, the rest redirected.
 */
class TeamsChannelTest {
  private static final String ALICE = "29:alice";
  private static final String BOB = "29:bob";
  private static final String ADMIN = TeamsTestApp.ADMIN;

  @RegisterExtension final TeamsTestApp t = TeamsTestApp.extension();

  /** The answer in the channel thread the message started. */
  private FakeConnector.Call answerInThread() {
    List<FakeConnector.Call> posts = t.connector.posts();
    FakeConnector.Call answer = posts.get(posts.size() - 1);
    assertThat(answer.conversation()).startsWith(TeamsActivities.TEAM + ";messageid=");
    assertThat(answer.activityId()).isNotNull();
    return answer;
  }

  @Test
  void help_and_leaderboard_are_answered_in_the_thread_with_the_mention_removed() {
    assertThat(t.teams.inChannel(ALICE, "HELP").status()).isEqualTo(202);
    assertThat(answerInThread().text()).contains("join:", "leaderboard:");

    t.teams.inChannel(ALICE, "leaderboard");
    assertThat(answerInThread().text()).contains("Leaderboard this week");
  }

  @Test
  void personal_commands_are_sent_to_the_personal_chat_and_nothing_happens_in_the_channel() {
    t.teams.inChannel(ALICE, "join");
    assertThat(answerInThread().text()).contains("“join” is personal", "personal chat");

    t.teams.inChannel(ALICE, "stats");
    assertThat(answerInThread().text()).contains("“stats” is personal");
    assertThat(t.rows().count("members", "opted_in_at IS NOT NULL")).isZero();
  }

  @Test
  void admins_run_their_commands_in_a_channel() {
    t.teams.inChannel(ADMIN, "role comms", BOB);
    assertThat(answerInThread().text()).contains("now has the comms role");
    t.teams.inChannel(BOB, "role admin", ALICE);
    assertThat(answerInThread().text()).contains("Only people with the admin role");
  }

  @Test
  void the_bot_mention_is_removed_literally_whatever_its_name() {
    ObjectNode message = t.teams.channelMessage(ALICE, "help");
    String odd = "<at>Sharewell (beta) [*]</at>";
    message.put("text", message.get("text").asText().replace("<at>Sharewell</at>", odd));
    ((ObjectNode) message.get("entities").get(0)).put("text", odd);

    t.teams.post(message);

    assertThat(answerInThread().text()).contains("join:").doesNotContain("I don’t know");
  }

  @Test
  void a_channel_message_remembers_the_channel_without_its_thread() {
    t.teams.inChannel(ALICE, "help");

    List<String> channels =
        t.db
            .jdbi()
            .withHandle(
                h ->
                    h.select(
                            "SELECT conversation_id FROM conversation_refs WHERE kind = 'CHANNEL'"
                                + " AND team_id = ?",
                            TeamsActivities.TEAM)
                        .mapTo(String.class)
                        .list());
    assertThat(channels).containsExactly(TeamsActivities.TEAM);
  }

  @Test
  void invite_in_a_channel_invites_every_member_of_the_team_page_by_page() {
    t.teams.say(ALICE, "join");
    t.teams.say(ADMIN, "help");
    t.connector.roster(
        TeamsActivities.TEAM,
        List.of(List.of(ADMIN, ALICE), List.of(BOB, "28:another-bot"), List.of("29:dana")));
    t.connector.reset();

    t.teams.inChannel(ADMIN, "invite");

    assertThat(answerInThread().text()).contains("Inviting 0 people and the members of 1 channels");
    assertThat(t.connector.pagedMembers())
        .extracting(FakeConnector.Call::query)
        .containsExactly(
            "pageSize=500",
            "pageSize=500&continuationToken=page-1",
            "pageSize=500&continuationToken=page-2");
    assertThat(t.connector.pagedMembers())
        .allSatisfy(c -> assertThat(c.conversation()).isEqualTo(TeamsActivities.TEAM));
    assertThat(t.connector.createdConversations())
        .extracting(FakeConnector.Call::conversation)
        .containsExactlyInAnyOrder(BOB, "29:dana");
    assertThat(t.connector.last("a:chat-with-" + BOB).text()).contains("You are invited");
    assertThat(t.connector.last("a:chat-with-29:dana").text()).contains("You are invited");
    assertThat(t.connector.postsTo(TeamsActivities.chatOf(ALICE))).as("already joined").isEmpty();
    // The admin is on the roster and not in the programme either: invited in their own chat.
    assertThat(t.connector.postsTo(TeamsActivities.chatOf(ADMIN)))
        .extracting(FakeConnector.Call::text)
        .anySatisfy(text -> assertThat(text).contains("You are invited"))
        .anySatisfy(
            text ->
                assertThat(text)
                    .contains(
                        "Newly invited: 3", "Already joined: 1", "Channels I could not read: 0"));
  }

  @Test
  void inviting_the_team_twice_invites_nobody_twice() {
    t.teams.say(ADMIN, "help");
    t.connector.roster(TeamsActivities.TEAM, List.of(List.of(ADMIN, BOB, "29:dana")));

    t.teams.inChannel(ADMIN, "invite");
    t.teams.inChannel(ADMIN, "invite");

    assertThat(t.connector.postsTo("a:chat-with-" + BOB)).hasSize(1);
    assertThat(t.connector.postsTo("a:chat-with-29:dana")).hasSize(1);
    assertThat(t.connector.postsTo(TeamsActivities.chatOf(ADMIN)))
        .extracting(FakeConnector.Call::text)
        .anySatisfy(text -> assertThat(text).contains("Newly invited: 3"))
        .anySatisfy(
            text ->
                assertThat(text)
                    .contains("Newly invited: 0", "Invited before, not invited again: 3"));
  }
}
