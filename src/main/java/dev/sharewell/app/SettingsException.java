package dev.sharewell.app;

/** A setting that is missing or malformed; the process stops with exit code 2. */
public final class SettingsException extends RuntimeException {
  private final String variable;

  public SettingsException(String variable, String problem) {
    super(variable + " " + problem);
    this.variable = variable;
  }

  /** The environment variable at fault. */
  public String variable() {
    return variable;
  }
}
