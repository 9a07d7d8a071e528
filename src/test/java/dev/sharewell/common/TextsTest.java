package dev.sharewell.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class TextsTest {

  @Test
  void arguments_are_filled_in_and_ids_are_not_grouped() {
    assertThat(Texts.get(Language.EN, "error.content.unknown", 12345L))
        .isEqualTo("There is no content item #12345.");
    assertThat(Message.of("error.role_required", "comms").in(Language.EN))
        .isEqualTo("Only people with the comms role can do that.");
  }

  @Test
  void texts_use_the_typographic_apostrophe_so_message_format_keeps_them() throws IOException {
    Properties english = load("/messages.properties");
    for (String key : english.stringPropertyNames()) {
      assertThat(english.getProperty(key)).as(key).doesNotContain("'");
    }
    assertThat(Texts.get(Language.EN, "error.role.own_admin")).contains("can’t");
  }

  @Test
  void every_text_is_a_valid_pattern_and_counts_agree_in_number() throws IOException {
    for (String bundle : List.of("/messages.properties", "/messages_da.properties")) {
      Properties texts = load(bundle);
      for (String key : texts.stringPropertyNames()) {
        assertThatCode(() -> new MessageFormat(texts.getProperty(key), Locale.ROOT))
            .as(bundle + " " + key)
            .doesNotThrowAnyException();
      }
    }
    assertThat(Texts.get(Language.EN, "digest.summary", 1))
        .isEqualTo("Your Sharewell pick: 1 item");
    assertThat(Texts.get(Language.EN, "digest.summary", 12345))
        .isEqualTo("Your Sharewell pick: 12345 items");
    assertThat(Texts.get(Language.EN, "stats.summary", 1, 10))
        .isEqualTo("You shared once and have 10 points");
    assertThat(Texts.get(Language.DA, "leaderboard.summary", "denne uge", 1))
        .isEqualTo("Topliste denne uge: 1 kollega har delt");
  }

  @Test
  void languages_are_read_from_codes_and_locales() {
    assertThat(Language.fromTag("da-DK")).contains(Language.DA);
    assertThat(Language.fromTag("da_DK")).contains(Language.DA);
    assertThat(Language.fromTag("EN")).contains(Language.EN);
    assertThat(Language.fromTag("fr-FR")).isEmpty();
    assertThat(Language.fromTag(null)).isEmpty();
  }

  static Properties load(String resource) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = TextsTest.class.getResourceAsStream(resource)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
