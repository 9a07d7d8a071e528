package dev.sharewell.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sharewell.slack.SlackAdapter;
import dev.sharewell.testing.FakeSlack;
import dev.sharewell.testing.Http;
import dev.sharewell.testing.SlackTestApp;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Slack failing while someone uses Sharewell (5xx, 429, no answer at all): the person still learns
 * what happened where Slack lets us say it, no stack trace reaches anyone, and nothing is written
 * twice or half.
 */
class SlackPlatformFaultsTest {
  @RegisterExtension final SlackTestApp t = SlackTestApp.extension();

  private Http.Response command(String user, String text) {
    Http.Response response = t.requests.command(user, text);
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body()).doesNotContain("Exception", "at dev.sharewell");
    return response;
  }

  private List<String> answersOnResponseUrls() {
    return t.slack.responses().stream().map(r -> r.get("text").asText()).toList();
  }

  @ParameterizedTest
  @ValueSource(ints = {500, 503, 429})
  void a_form_slack_would_not_open_is_explained_through_the_response_url(int status) {
    t.slack.fail("views.open", status);

    command(SlackTestApp.ADMIN, "add");

    assertThat(t.slack.calls("views.open")).hasSize(1);
    assertThat(answersOnResponseUrls())
        .containsExactly("The form did not open. Try again in a minute.");
    t.slack.recover("views.open");
    command(SlackTestApp.ADMIN, "add");
    assertThat(t.slack.calls("views.open")).hasSize(2);
    assertThat(answersOnResponseUrls()).hasSize(1);
  }

  @Test
  void a_slack_that_does_not_answer_holds_a_thread_only_until_the_read_timeout() {
    t.slack.hang("views.open");

    long start = System.nanoTime();
    // The test app runs the work after the ack on the request thread, so this waits for it.
    command(SlackTestApp.ADMIN, "add");
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    t.slack.releaseHanging();

    assertThat(took)
        .isGreaterThanOrEqualTo(Duration.ofMillis(SlackAdapter.READ_TIMEOUT_MILLIS))
        .isLessThan(Duration.ofMillis(SlackAdapter.READ_TIMEOUT_MILLIS + 3_000));
    assertThat(answersOnResponseUrls())
        .containsExactly("The form did not open. Try again in a minute.");
    System.out.printf("A views.open that never answers is given up after %d ms%n", took.toMillis());
  }

  @Test
  void a_button_answer_the_response_url_refuses_goes_to_the_dm_and_is_recorded_once() {
    command("UBOB", "join");
    t.slack.fail(FakeSlack.RESPONSE_URL, 500);

    Http.Response click = t.requests.click("UBOB", "sharewell.leave", "");

    assertThat(click.status()).isEqualTo(200);
    assertThat(t.slack.responseAttempts()).isEqualTo(1);
    List<FakeSlack.Call> dms = t.slack.postsTo("UBOB");
    assertThat(dms).hasSize(1);
    assertThat(dms.get(0).param("text")).contains("You have left Sharewell");
    assertThat(t.rows().count("members", "opted_in_at IS NOT NULL")).isZero();

    // Pressed again, because the person missed the answer: nothing changes twice.
    t.slack.recover(FakeSlack.RESPONSE_URL);
    t.requests.click("UBOB", "sharewell.leave", "");
    assertThat(answersOnResponseUrls()).singleElement().asString().contains("not in the programme");
  }

  @Test
  void an_export_slack_would_not_take_is_explained_and_can_be_asked_for_again() {
    t.slack.fail("files.getUploadURLExternal", 503);

    JsonNode ack = command(SlackTestApp.ADMIN, "stats export").json();

    assertThat(ack.get("text").asText()).contains("CSV of all shares");
    assertThat(t.slack.uploads()).isEmpty();
    assertThat(answersOnResponseUrls())
        .containsExactly("The file did not reach your messages. Try again in a minute.");

    t.slack.recover("files.getUploadURLExternal");
    command(SlackTestApp.ADMIN, "stats export");
    assertThat(t.slack.uploads()).hasSize(1);
    assertThat(answersOnResponseUrls()).hasSize(1);
  }
}
