package dev.sharewell.slack;

import java.util.Optional;

/** What the Slack adapter is configured with. Secrets never appear in {@link #toString()}. */
public record SlackOptions(
    String botToken, String signingSecret, Optional<String> appToken, String apiUrl) {

  @Override
  public String toString() {
    return "SlackOptions[apiUrl=" + apiUrl + ", socketMode=" + appToken.isPresent() + "]";
  }
}
