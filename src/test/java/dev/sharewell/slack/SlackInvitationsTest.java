package dev.sharewell.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sharewell.testing.FakeSlack;
import dev.sharewell.testing.SlackTestApp;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Invitations go through the outbox like digests: sent once per person however often they are
 * invited, held back and retried when Slack asks to wait, and looked for before any resend when
 * Slack's answer did not come.
 */
class SlackInvitationsTest {
  @RegisterExtension final SlackTestApp t = SlackTestApp.extension();

  @BeforeEach
  void start() {
    t.slack.channel("CTEAM", List.of("UCARL", "UDANA"));
  }

  private String lastReport() {
    List<FakeSlack.Call> toAdmin = t.slack.postsTo(SlackTestApp.ADMIN);
    return toAdmin.get(toAdmin.size() - 1).param("text");
  }

  private int invitations(String user) {
    return t.slack.successfulPostsPerChannel().getOrDefault(user, 0);
  }

  @Test
  void inviting_the_same_channel_twice_invites_nobody_twice() {
    t.requests.command(SlackTestApp.ADMIN, "invite <#CTEAM|team>");
    assertThat(lastReport()).contains("Newly invited: 2", "Invited before, not invited again: 0");

    t.requests.command(SlackTestApp.ADMIN, "invite <#CTEAM|team>");
    assertThat(lastReport()).contains("Newly invited: 0", "Invited before, not invited again: 2");
    t.requests.command(SlackTestApp.ADMIN, "invite <@UCARL|carl> <@UEVE|eve>");
    assertThat(lastReport()).contains("Newly invited: 1", "Invited before, not invited again: 1");

    assertThat(invitations("UCARL")).isEqualTo(1);
    assertThat(invitations("UDANA")).isEqualTo(1);
    assertThat(invitations("UEVE")).isEqualTo(1);
  }

  @Test
  void an_invitation_slack_rate_limits_waits_for_the_retry_after_and_then_goes_once() {
    t.slack.tooManyRequests("UCARL", 30, 1);

    t.requests.command(SlackTestApp.ADMIN, "invite <#CTEAM|team>");
    assertThat(invitations("UCARL")).as("Slack asked to wait").isZero();
    t.clock.advance(Duration.ofSeconds(29));
    t.requests.command(SlackTestApp.ADMIN, "digest now");
    assertThat(invitations("UCARL")).as("still waiting").isZero();

    for (int tick = 0; tick < 3; tick++) {
      t.clock.advance(Duration.ofMinutes(1));
      t.requests.command(SlackTestApp.ADMIN, "digest now");
    }

    assertThat(invitations("UCARL")).isEqualTo(1);
    assertThat(invitations("UDANA")).isEqualTo(1);
  }

  @Test
  void an_invitation_slack_answered_too_late_is_found_in_the_dm_and_not_sent_again() {
    t.slack.slow("chat.postMessage", Duration.ofMillis(SlackAdapter.READ_TIMEOUT_MILLIS + 1_000));
    t.requests.command(SlackTestApp.ADMIN, "invite <@UCARL|carl>");
    t.slack.recover("chat.postMessage");

    for (int tick = 0; tick < 3; tick++) {
      t.clock.advance(Duration.ofMinutes(5));
      t.requests.command(SlackTestApp.ADMIN, "digest now");
    }

    assertThat(invitations("UCARL")).isEqualTo(1);
    assertThat(t.slack.calls("conversations.history")).hasSize(1);
  }
}
