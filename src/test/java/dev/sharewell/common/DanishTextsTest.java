package dev.sharewell.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Danish bundle says everything the English one says, with the same placeholders. */
class DanishTextsTest {
  /** Keys whose Danish is rightly the same as the English: a proper noun, or a word both share. */
  private static final Set<String> SAME_IN_BOTH =
      Set.of("home.summary", "home.heading", "button.send", "stats.percent", "audit.line");

  /** {index} or {index,type} or {index,type,style}; the bundles use no nested choice formats. */
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\s*(\\d+)\\s*(?:,([^{}]*))?}");

  private static Properties english;
  private static Properties danish;

  @BeforeAll
  static void load() throws IOException {
    english = TextsTest.load("/messages.properties");
    danish = TextsTest.load("/messages_da.properties");
  }

  @Test
  void every_english_key_has_a_danish_text_and_there_are_no_extra_danish_keys() {
    assertThat(danish.stringPropertyNames())
        .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
  }

  @Test
  void every_danish_text_has_the_same_placeholders_as_the_english_one() {
    for (String key : english.stringPropertyNames()) {
      String danishText = danish.getProperty(key, "");
      assertThatCode(() -> new MessageFormat(danishText, Language.DA.locale()))
          .as(key)
          .doesNotThrowAnyException();
      assertThat(placeholders(danishText))
          .as("placeholders of %s", key)
          .isEqualTo(placeholders(english.getProperty(key)));
    }
  }

  @Test
  void danish_texts_use_the_typographic_apostrophe_so_message_format_keeps_them() {
    for (String key : danish.stringPropertyNames()) {
      assertThat(danish.getProperty(key)).as(key).doesNotContain("'");
    }
  }

  @Test
  void every_danish_text_is_translated_except_the_few_that_are_rightly_the_same() {
    for (String key : english.stringPropertyNames()) {
      if (SAME_IN_BOTH.contains(key)) {
        assertThat(danish.getProperty(key)).as(key).isEqualTo(english.getProperty(key));
      } else {
        assertThat(danish.getProperty(key))
            .as(key)
            .isNotBlank()
            .isNotEqualTo(english.getProperty(key));
      }
    }
  }

  @Test
  void help_lines_start_with_the_english_command_people_type() {
    for (String key : english.stringPropertyNames()) {
      String englishText = english.getProperty(key);
      String word = key.substring("help.".length());
      if (key.startsWith("help.") && englishText.startsWith(word)) {
        // The command word itself, then a Danish description after the colon.
        assertThat(danish.getProperty(key)).as(key).startsWith(word).contains(": ");
      }
    }
    assertThat(danish.getProperty("help.pause")).startsWith("pause 2w eller pause 10d: ");
  }

  @Test
  void danish_texts_are_formatted_with_their_arguments_and_ids_are_not_grouped() {
    assertThat(Texts.get(Language.DA, "error.content.unknown", 12345L))
        .isEqualTo("Der findes intet indhold med nummer #12345.");
    assertThat(Message.of("error.role_required", "comms").in(Language.DA))
        .isEqualTo("Kun personer med rollen comms kan gøre det.");
    assertThat(Texts.get(Language.DA, "leaderboard.line", 1, "Alice", 12000, 3, 67))
        .isEqualTo("1. Alice: 12000 point, 3 delinger, 67 % med egne ord");
    assertThat(Texts.get(Language.DA, "error.content.url_duplicate", "Nyt kontor", 4321L))
        .isEqualTo("Dette link kan allerede deles som »Nyt kontor« (#4321).");
    assertThat(Texts.get(Language.DA, "report.done_again", 5, 1500))
        .isEqualTo(
            "Registreret! Du havde allerede registreret dette indhold på det netværk, så der"
                + " kommer ingen nye point (1500 i alt).");
    assertThat(Texts.get(Language.DA, "digest.share_on", "LinkedIn")).isEqualTo("Del på LinkedIn");
  }

  @Test
  void danish_members_get_the_danish_buttons_whatever_the_default_locale_of_the_jvm() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.ENGLISH);
      assertThat(Texts.get(Language.DA, "button.shared")).isEqualTo("Jeg har delt det");
      assertThat(Texts.get(Language.DA, "button.not_for_me")).isEqualTo("Ikke for mig");
      assertThat(Texts.get(Language.DA, "button.personalise")).isEqualTo("Gør det personligt");
      assertThat(Texts.get(Language.EN, "button.shared")).isEqualTo("I shared it");
    } finally {
      Locale.setDefault(before);
    }
  }

  private static Set<String> placeholders(String text) {
    Set<String> found = new TreeSet<>();
    Matcher matcher = PLACEHOLDER.matcher(text);
    while (matcher.find()) {
      String format = matcher.group(2) == null ? "" : matcher.group(2).replaceAll("\\s+", "");
      found.add(Integer.parseInt(matcher.group(1)) + (format.isEmpty() ? "" : "," + format));
    }
    return found;
  }
}
