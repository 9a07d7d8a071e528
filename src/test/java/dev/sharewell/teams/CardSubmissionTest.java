package dev.sharewell.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CardSubmissionTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static CardSubmission read(String json) throws Exception {
    return CardSubmission.read(JSON.readTree(json)).orElseThrow();
  }

  @Test
  void a_button_carries_its_action_and_content_id_whether_number_or_text() throws Exception {
    CardSubmission press = read("{\"action\":\"sharewell.shared\",\"contentId\":12}");
    assertThat(press.isForm()).isFalse();
    assertThat(press.action()).isEqualTo("sharewell.shared");
    assertThat(press.contentId()).contains("12");
    assertThat(read("{\"action\":\"sharewell.join\"}").contentId()).isEmpty();
    assertThat(read("{\"action\":\"x\",\"contentId\":\"ab\"}").contentId()).contains("ab");
  }

  @Test
  void a_form_carries_its_inputs_and_splits_only_multi_select_choices() throws Exception {
    CardSubmission form =
        read(
            "{\"action\":\"sharewell.settings\",\"form\":{\"multiSelect\":[\"networks\"]},"
                + "\"networks\":\"linkedin,facebook\",\"tags\":\"a, b\",\"followers_x\":12}");
    assertThat(form.isForm()).isTrue();
    assertThat(form.inline()).isFalse();
    assertThat(form.values().all("networks")).containsExactly("linkedin", "facebook");
    assertThat(form.values().one("tags")).isEqualTo("a, b");
    assertThat(form.values().one("followers_x")).isEqualTo("12");
    assertThat(form.values().values()).doesNotContainKeys("action", "form", "contentId");
  }

  @Test
  void an_inline_form_takes_only_its_own_prefixed_inputs() throws Exception {
    CardSubmission inline =
        read(
            "{\"action\":\"sharewell.report_share\",\"contentId\":7,\"form\":{\"prefix\":\"7.\"},"
                + "\"7.network\":\"x\",\"7.text\":\"Mine\",\"8.network\":\"linkedin\"}");
    assertThat(inline.inline()).isTrue();
    assertThat(inline.contentId()).isEqualTo(Optional.of("7"));
    assertThat(inline.values().values())
        .containsOnlyKeys("network", "text")
        .containsEntry("network", List.of("x"));
  }

  @Test
  void values_that_are_not_from_a_sharewell_card_are_not_a_submission() throws Exception {
    for (String json :
        new String[] {"{\"choice\":\"yes\"}", "\"text\"", "{\"action\":\"\"}", "{\"action\":3}"}) {
      JsonNode value = JSON.readTree(json);
      assertThat(CardSubmission.read(value)).as(json).isEmpty();
    }
    assertThat(CardSubmission.read(null)).isEmpty();
  }
}
