package dev.sharewell.app;

import io.github.cdimascio.dotenv.Dotenv;
import io.github.cdimascio.dotenv.DotenvEntry;
import io.github.cdimascio.dotenv.DotenvException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** The process environment, over the variables of a {@code .env} file when there is one. */
final class Environment {
  private Environment() {}

  /**
   * Reads {@code dotEnvFile} if it exists, then lays the real environment over it: a variable set
   * in both takes the real environment's value.
   *
   * @throws SettingsException when the file exists but cannot be read
   */
  static Map<String, String> load(Path dotEnvFile, Map<String, String> realEnvironment) {
    Map<String, String> merged = new HashMap<>();
    if (Files.isRegularFile(dotEnvFile)) {
      try {
        Dotenv dotenv =
            Dotenv.configure()
                .directory(dotEnvFile.toAbsolutePath().getParent().toString())
                .filename(dotEnvFile.getFileName().toString())
                .load();
        for (DotenvEntry entry : dotenv.entries(Dotenv.Filter.DECLARED_IN_ENV_FILE)) {
          merged.put(entry.getKey(), entry.getValue());
        }
      } catch (DotenvException e) {
        throw new SettingsException(dotEnvFile.toString(), "cannot be read: " + e.getMessage());
      }
    }
    merged.putAll(realEnvironment);
    return merged;
  }
}
