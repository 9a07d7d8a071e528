package dev.sharewell.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every variable Sharewell reads is in .env.example and in the README table, and no other. */
class DocumentedSettingsTest {
  private static final Pattern ENV_LINE =
      Pattern.compile("^#?\\s*([A-Z][A-Z0-9_]*)=", Pattern.MULTILINE);
  private static final Pattern README_ROW =
      Pattern.compile("^\\| `([A-Z][A-Z0-9_]*)` \\|", Pattern.MULTILINE);

  @Test
  void env_example_lists_exactly_the_variables_read() throws IOException {
    assertThat(names(Path.of(".env.example"), ENV_LINE))
        .containsExactlyInAnyOrderElementsOf(Settings.variableNames());
  }

  @Test
  void the_readme_configuration_table_lists_exactly_the_variables_read() throws IOException {
    assertThat(names(Path.of("README.md"), README_ROW))
        .containsExactlyInAnyOrderElementsOf(Settings.variableNames());
  }

  private static Set<String> names(Path file, Pattern pattern) throws IOException {
    Matcher matcher = pattern.matcher(Files.readString(file));
    Set<String> names = new LinkedHashSet<>();
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }
}
