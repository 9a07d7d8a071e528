package dev.sharewell.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sharewell.common.WeeklyTime;
import dev.sharewell.identity.Platform;
import dev.sharewell.member.Organisation;
import dev.sharewell.store.DatabaseSettings;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
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
    assertThat(settings.teams().mode()).isEqualTo(TeamsSettings.Mode.DISABLED);
    assertThat(settings.organisation()).isEqualTo(Organisation.anyone());
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
                "SHAREWELL_ADMINS", "slack:T0123/U0123, Teams:tenant-1/29:1abc ,",
                "SHAREWELL_DIGEST_SCHEDULE", "tue 8:30"));

    assertThat(settings.port()).isEqualTo(8080);
    assertThat(settings.database().isPostgres()).isTrue();
    assertThat(settings.database().user()).contains("sharewell");
    assertThat(settings.timeZone()).isEqualTo(ZoneId.of("America/New_York"));
    assertThat(settings.admins())
        .containsExactlyInAnyOrder("slack:T0123/U0123", "teams:tenant-1/29:1abc");
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
        "SHAREWELL_ADMINS|U0123|slack:T0123/U0456",
        "SHAREWELL_ADMINS|skype:U1|slack:T0123/U0456",
        "SHAREWELL_ADMINS|slack:U0123|write slack:<team-id>/U0123",
        "SHAREWELL_ADMINS|teams:29:1abc|write teams:<tenant-id>/29:1abc",
        "SHAREWELL_ADMINS|slack:T0123/|slack:T0123/U0456",
        "SHAREWELL_TEAMS_LOCAL|yes|true or false",
        "SHAREWELL_SLACK_WORKSPACES|T1 T2|separated by commas",
        "SHAREWELL_DB_URL|jdbc:mysql://x/y|jdbc:h2",
        "MICROSOFT_APP_TYPE|Sometimes|MultiTenant or SingleTenant",
        "MICROSOFT_LOGIN_URL|login.example|http",
        "SLACK_API_URL|not a url|http",
        "SHAREWELL_LINK_BASE_URL|go.example.org|http",
        "SHAREWELL_UTM|maybe|on or off",
        "SHAREWELL_UTM_MEDIUM|employee advocacy|letters, digits",
        "SHAREWELL_TRUSTED_PROXIES|proxy.internal|IP addresses",
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
  void teams_is_disabled_unless_an_app_id_or_local_mode_is_set() {
    assertThat(Settings.from(Map.of()).teams().mode()).isEqualTo(TeamsSettings.Mode.DISABLED);
    assertThat(Settings.from(Map.of("SHAREWELL_TEAMS_LOCAL", "false")).teams().mode())
        .isEqualTo(TeamsSettings.Mode.DISABLED);
    assertThat(Settings.from(Map.of("SHAREWELL_TEAMS_LOCAL", "TRUE")).teams().mode())
        .isEqualTo(TeamsSettings.Mode.LOCAL);
    TeamsSettings teams =
        Settings.from(
                Map.of(
                    "MICROSOFT_APP_ID", "app",
                    "MICROSOFT_APP_PASSWORD", "pw",
                    "SHAREWELL_TEAMS_TENANTS", "tenant-1",
                    "MICROSOFT_LOGIN_URL", "http://127.0.0.1:9/login/"))
            .teams();
    assertThat(teams.mode()).isEqualTo(TeamsSettings.Mode.ENABLED);
    assertThat(teams.loginUrl()).isEqualTo("http://127.0.0.1:9/login");
    assertThat(teams.openIdMetadataUrl()).isEqualTo(TeamsSettings.DEFAULT_OPENID_METADATA_URL);
    assertThat(teams.toString()).doesNotContain("pw");
  }

  @Test
  void a_url_longer_than_a_link_may_carry_is_refused() {
    String url = "https://sharewell.example/" + "a".repeat(1_000);
    assertThatThrownBy(() -> Settings.from(Map.of("SHAREWELL_PUBLIC_URL", url)))
        .isInstanceOf(SettingsException.class)
        .hasMessageStartingWith("SHAREWELL_PUBLIC_URL")
        .hasMessageContaining("at most 1000 characters");
  }

  @Test
  void local_mode_and_an_app_id_together_stop_the_start_naming_both() {
    assertThatThrownBy(
            () ->
                Settings.from(
                    Map.of(
                        "SHAREWELL_TEAMS_LOCAL", "true",
                        "MICROSOFT_APP_ID", "app",
                        "MICROSOFT_APP_PASSWORD", "pw",
                        "SHAREWELL_TEAMS_TENANTS", "tenant-1")))
        .isInstanceOf(SettingsException.class)
        .hasMessageStartingWith("SHAREWELL_TEAMS_LOCAL")
        .hasMessageContaining("MICROSOFT_APP_ID")
        .hasMessageNotContaining("\n");
  }

  @Test
  void a_multi_tenant_bot_must_say_which_tenants_it_serves() {
    Map<String, String> multiTenant =
        Map.of("MICROSOFT_APP_ID", "app", "MICROSOFT_APP_PASSWORD", "pw");
    assertThatThrownBy(() -> Settings.from(multiTenant))
        .isInstanceOfSatisfying(
            SettingsException.class,
            e -> assertThat(e.variable()).isEqualTo("SHAREWELL_TEAMS_TENANTS"));

    Map<String, String> anyTenant = new java.util.HashMap<>(multiTenant);
    anyTenant.put("SHAREWELL_TEAMS_TENANTS", "*");
    assertThat(Settings.from(anyTenant).organisation().teamsTenants()).isEmpty();

    Map<String, String> ownTenant = new java.util.HashMap<>(multiTenant);
    ownTenant.put("MICROSOFT_APP_TENANT_ID", "tenant-1");
    assertThat(Settings.from(ownTenant).organisation().teamsTenants()).contains(Set.of("tenant-1"));
  }

  @Test
  void the_organisation_lists_its_workspaces_and_tenants() {
    Organisation organisation =
        Settings.from(
                Map.of(
                    "SHAREWELL_SLACK_WORKSPACES", "T0123, T0456",
                    "SHAREWELL_TEAMS_TENANTS", "AAAA-1"))
            .organisation();

    assertThat(organisation.includes(Platform.SLACK, "T0123")).isTrue();
    assertThat(organisation.includes(Platform.SLACK, "T0456")).isTrue();
    assertThat(organisation.includes(Platform.SLACK, "T9999")).isFalse();
    assertThat(organisation.includes(Platform.TEAMS, "aaaa-1")).isTrue();
    assertThat(organisation.includes(Platform.TEAMS, "bbbb-2")).isFalse();
    assertThat(Organisation.anyone().includes(Platform.SLACK, "T9999")).isTrue();
  }

  @Test
  void an_admin_from_outside_the_organisation_stops_the_start() {
    assertThatThrownBy(
            () ->
                Settings.from(
                    Map.of(
                        "SHAREWELL_SLACK_WORKSPACES", "T0123",
                        "SHAREWELL_ADMINS", "slack:T9999/U1")))
        .isInstanceOfSatisfying(
            SettingsException.class,
            e -> {
              assertThat(e.variable()).isEqualTo("SHAREWELL_ADMINS");
              assertThat(e.getMessage()).contains("slack:T9999/U1", "SHAREWELL_SLACK_WORKSPACES");
            });
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
