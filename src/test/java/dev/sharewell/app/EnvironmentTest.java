package dev.sharewell.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnvironmentTest {
  @TempDir Path dir;

  @Test
  void a_dot_env_file_is_read_and_the_real_environment_wins() throws IOException {
    Path file = dir.resolve(".env");
    Files.writeString(
        file,
        """
        # a comment
        PORT=4000
        SHAREWELL_TIMEZONE="Europe/London"
        SHAREWELL_ADMINS=slack:T1/U1
        """);

    Map<String, String> env = Environment.load(file, Map.of("PORT", "5000"));

    assertThat(env)
        .containsEntry("PORT", "5000")
        .containsEntry("SHAREWELL_TIMEZONE", "Europe/London")
        .containsEntry("SHAREWELL_ADMINS", "slack:T1/U1");
    Settings settings = Settings.from(env);
    assertThat(settings.port()).isEqualTo(5000);
    assertThat(settings.admins()).containsExactly("slack:T1/U1");
  }

  @Test
  void without_a_dot_env_file_only_the_real_environment_counts() {
    assertThat(Environment.load(dir.resolve(".env"), Map.of("PORT", "1")))
        .isEqualTo(Map.of("PORT", "1"));
  }
}
