package dev.sharewell.app;

import java.util.Optional;

/** Slack credentials. Present only when both the bot token and the signing secret are set. */
public record SlackSettings(
    String botToken, String signingSecret, Optional<String> appToken, String apiUrl) {

  public static final String DEFAULT_API_URL = "https://slack.com/api";

  static Optional<SlackSettings> read(EnvReader env) {
    Optional<String> token = env.optional("SLACK_BOT_TOKEN");
    Optional<String> secret = env.optional("SLACK_SIGNING_SECRET");
    Optional<String> appToken = env.optional("SLACK_APP_TOKEN");
    String apiUrl = env.url("SLACK_API_URL").orElse(DEFAULT_API_URL);
    if (token.isPresent() && secret.isEmpty()) {
      throw new SettingsException(
          "SLACK_SIGNING_SECRET", "is required when SLACK_BOT_TOKEN is set");
    }
    if (secret.isPresent() && token.isEmpty()) {
      throw new SettingsException(
          "SLACK_BOT_TOKEN", "is required when SLACK_SIGNING_SECRET is set");
    }
    if (appToken.isPresent() && token.isEmpty()) {
      throw new SettingsException("SLACK_BOT_TOKEN", "is required when SLACK_APP_TOKEN is set");
    }
    token.ifPresent(
        t -> {
          if (!t.startsWith("xoxb-")) {
            throw new SettingsException("SLACK_BOT_TOKEN", "must be a bot token starting xoxb-");
          }
        });
    appToken.ifPresent(
        t -> {
          if (!t.startsWith("xapp-")) {
            throw new SettingsException("SLACK_APP_TOKEN", "must be an app token starting xapp-");
          }
        });
    if (token.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new SlackSettings(token.get(), secret.get(), appToken, apiUrl));
  }

  @Override
  public String toString() {
    return "SlackSettings[socketMode=" + appToken.isPresent() + ", apiUrl=" + apiUrl + "]";
  }
}
