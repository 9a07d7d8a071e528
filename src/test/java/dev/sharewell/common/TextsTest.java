package dev.sharewell.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
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
