package dev.sharewell.app;

import dev.sharewell.store.DatabaseUnavailableException;
import java.nio.file.Path;

/** Starts Sharewell from the environment (and {@code .env}); SIGTERM stops it gracefully. */
public final class Main {
  /** Exit code for a setting that is missing or malformed. */
  static final int EXIT_SETTINGS = 2;

  /** Exit code when the server cannot start (database unreachable, port taken). */
  static final int EXIT_START = 1;

  private Main() {}

  public static void main(String[] args) {
    Settings settings;
    try {
      settings = Settings.from(Environment.load(Path.of(".env"), System.getenv()));
    } catch (SettingsException e) {
      System.err.println("sharewell: settings error: " + e.getMessage());
      System.exit(EXIT_SETTINGS);
      return;
    }
    Application application;
    try {
      application = Application.start(settings);
    } catch (DatabaseUnavailableException | io.javalin.util.JavalinException e) {
      System.err.println("sharewell: cannot start: " + e.getMessage());
      System.exit(EXIT_START);
      return;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(application::close, "sharewell-shutdown"));
  }
}
