package dev.sharewell.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sharewell.common.WeeklyTime;
import dev.sharewell.store.DatabaseSettings;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SettingsTest {

  @Test
  void no_configuration_at_all_gives_the_documented_defaults() {
    Settings settings = Settings.from(Map.of());

    assertThat(settings.port()).isEqualTo(3978);
    assertThat(settings.database().url()).isEqualTo(DatabaseSettings.DEFAULT_URL);
    assertThat(settings.database().user()).isEmpty();
    assertThat(settings.timeZone()).isEqualTo(ZoneId.of("Europe/Copenhagen"));
    assertThat(settings.admins()).isEmpty();
    assertThat(settings.digestSchedule())
        .isEqualTo(new WeeklyTime(DayOfWeek.MONDAY, LocalTime.of(9, 0)));
    assertThat(settings.slack()).isEmpty();
    assertThat(settings.teams().mode()).isEqualTo(TeamsSettings.Mode.LOCAL);
  }

  @Test
  void values_are_read_and_trimmed() {
    Settings settings =
        Settings.from(
            Map.of(
                "PORT", " 8080 ",
                "SHAREWELL_DB_URL", "jdbc:postgresql://db:5432/sharewell",
                "SHAREWELL_DB_USER", "sharewell",
                "SHAREWELL_TIMEZONE", "America/New_York",
                "SHAREWELL_ADMINS", "slack:U0123, Teams:29:1abc ,",
                "SHAREWELL_DIGEST_SCHEDULE", "tue 8:30"));

    assertThat(settings.port()).isEqualTo(8080);
    assertThat(settings.database().isPostgres()).isTrue();
    assertThat(settings.database().user()).contains("sharewell");
    assertThat(settings.timeZone()).isEqualTo(ZoneId.of("America/New_York"));
    assertThat(settings.admins()).containsExactlyInAnyOrder("slack:U0123", "teams:29:1abc");
    assertThat(settings.digestSchedule())
        .isEqualTo(new WeeklyTime(DayOfWeek.TUESDAY, LocalTime.of(8, 30)));
  }

  @ParameterizedTest(name = "{0}={1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "PORT|abc|whole number",
        "PORT|70000|between 0 and 65535",
        "SHAREWELL_TIMEZONE|Mars/Olympus|time zone",
        "SHAREWELL_DIGEST_SCHEDULE|someday|MON 09:00",
        "SHAREWELL_DIGEST_SCHEDULE|MON 25:00|MON 09:00",
        "SHAREWELL_ADMINS|U0123|slack:U0123",
        "SHAREWELL_ADMINS|skype:U1|slack:U0123",
        "SHAREWELL_DB_URL|jdbc:mysql://x/y|jdbc:h2",
        "MICROSOFT_APP_TYPE|Sometimes|MultiTenant or SingleTenant",
        "MICROSOFT_LOGIN_URL|login.example|http",
        "SLACK_API_URL|not a url|http",
      })
  void a_malformed_value_names_its_variable_and_the_problem(
      String variable, String value, String hint) {
    assertThatThrownBy(() -> Settings.from(Map.of(variable, value)))
        .isInstanceOfSatisfying(
            SettingsException.class,
            e -> {
              assertThat(e.variable()).isEqualTo(variable);
              assertThat(e.getMessage()).startsWith(variable).contains(hint).doesNotContain("\n");
            });
  }

  @Test
  void slack_needs_its_token_and_signing_secret_together() {
    assertThatThrownBy(() -> Settings.from(Map.of("SLACK_BOT_TOKEN", "xoxb-1")))
        .hasMessageStartingWith("SLACK_SIGNING_SECRET is required");
    assertThatThrownBy(() -> Settings.from(Map.of("SLACK_SIGNING_SECRET", "s3cret")))
        .hasMessageStartingWith("SLACK_BOT_TOKEN is required");
    assertThatThrownBy(
            () ->
                Settings.from(Map.of("SLACK_BOT_TOKEN", "xoxp-user", "SLACK_SIGNING_SECRET", "s")))
        .hasMessageContaining("xoxb-");

    Settings settings =
        Settings.from(
            Map.of(
                "SLACK_BOT_TOKEN", "xoxb-1",
                "SLACK_SIGNING_SECRET", "s3cret",
                "SLACK_API_URL", "http://127.0.0.1:9999/api/"));
    assertThat(settings.slack()).isPresent();
    assertThat(settings.slack().get().apiUrl()).isEqualTo("http://127.0.0.1:9999/api");
    assertThat(settings.slackEnabled()).isTrue();
  }

  @Test
  void teams_runs_locally_without_an_app_id_and_enabled_with_one() {
    assertThat(Settings.from(Map.of()).teams().mode()).isEqualTo(TeamsSettings.Mode.LOCAL);
    TeamsSettings teams =
        Settings.from(
                Map.of(
                    "MICROSOFT_APP_ID", "app",
                    "MICROSOFT_APP_PASSWORD", "pw",
                    "MICROSOFT_LOGIN_URL", "http://127.0.0.1:9/login/"))
            .teams();
    assertThat(teams.mode()).isEqualTo(TeamsSettings.Mode.ENABLED);
    assertThat(teams.loginUrl()).isEqualTo("http://127.0.0.1:9/login");
    assertThat(teams.openIdMetadataUrl()).isEqualTo(TeamsSettings.DEFAULT_OPENID_METADATA_URL);
    assertThat(teams.toString()).doesNotContain("pw");
  }

  @Test
  void single_tenant_teams_credentials_need_the_tenant() {
    assertThatThrownBy(
            () ->
                Settings.from(
                    Map.of(
                        "MICROSOFT_APP_ID", "app",
                        "MICROSOFT_APP_PASSWORD", "pw",
                        "MICROSOFT_APP_TYPE", "SingleTenant")))
        .hasMessageStartingWith("MICROSOFT_APP_TENANT_ID");
    assertThatThrownBy(() -> Settings.from(Map.of("MICROSOFT_APP_ID", "app")))
        .hasMessageStartingWith("MICROSOFT_APP_PASSWORD");
  }

  @Test
  void settings_never_print_secrets() {
    Settings settings =
        Settings.from(
            Map.of(
                "SLACK_BOT_TOKEN", "xoxb-very-secret",
                "SLACK_SIGNING_SECRET", "signing-secret",
                "SHAREWELL_DB_URL", "jdbc:postgresql://db/x?user=u&password=dbsecret",
                "SHAREWELL_DB_PASSWORD", "dbsecret2"));

    assertThat(settings.toString())
        .doesNotContain("xoxb-very-secret", "signing-secret", "dbsecret", "dbsecret2");
    assertThat(settings.slack().orElseThrow().toString()).doesNotContain("xoxb", "signing-secret");
  }
}
