package dev.sharewell.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.NonValidationKeyword;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The Slack app manifest a user pastes into "Create app from manifest": it matches Slack's
 * published schema and asks for exactly what the code uses.
 */
class SlackManifestTest {
  private static final Path MANIFEST = Path.of("manifests", "slack", "manifest.yml");
  private static final Path SCHEMAS = Path.of("..", "shared", "reference", "schemas");
  private static final Path SCHEMA = SCHEMAS.resolve("slack-manifest.schema.1.0.0.json");
  private static final String ENDPOINT = "/slack/events";

  private static final YAMLMapper YAML = new YAMLMapper();

  @Test
  void the_manifest_matches_slacks_schema() throws IOException {
    List<Error> errors = slackSchema().validate(Files.readString(MANIFEST), InputFormat.YAML);

    assertThat(errors).describedAs(describe(errors)).isEmpty();
  }

  @Test
  void the_background_color_matches_the_pattern_slack_writes_as_regex() throws IOException {
    String regex =
        JsonMapper.shared()
            .readTree(slackSchemaPath())
            .at("/definitions/app-manifests.v1.display_information.schema/properties")
            .path("background_color")
            .path("regex")
            .asString();

    assertThat(regex).isNotEmpty();
    assertThat(manifest().path("display_information").path("background_color").asString())
        .matches(regex);
  }

  @Test
  void the_schema_check_rejects_a_broken_manifest() throws IOException {
    Schema schema = slackSchema();
    ObjectNode broken = (ObjectNode) manifest();
    ((ObjectNode) broken.path("display_information")).put("name", "x".repeat(36));
    broken.put("no_such_section", true);

    assertThat(schema.validate(broken)).hasSizeGreaterThanOrEqualTo(2);
  }

  @Test
  void the_sharewell_command_exists_and_escapes_its_text() {
    JsonNode commands = manifest().path("features").path("slash_commands");

    assertThat(commands.valueStream().map(c -> c.path("command").asString()))
        .containsExactly("/sharewell");
    JsonNode command = commands.path(0);
    assertThat(command.path("should_escape").isBoolean()).isTrue();
    assertThat(command.path("should_escape").booleanValue()).isTrue();
    assertThat(command.path("usage_hint").asString())
        .isEqualTo("help | join | leave | settings | add <url> | list | stats | leaderboard");
  }

  @Test
  void every_url_points_at_the_slack_events_endpoint() {
    JsonNode manifest = manifest();
    List<String> urls = new ArrayList<>();
    collectUrls(manifest, urls);

    assertThat(urls)
        .hasSize(3)
        .allSatisfy(url -> assertThat(url).startsWith("https://").endsWith(ENDPOINT));
    assertThat(manifest.path("features").path("slash_commands").path(0).path("url").asString())
        .endsWith(ENDPOINT);
    assertThat(manifest.path("settings").path("interactivity").path("request_url").asString())
        .endsWith(ENDPOINT);
    assertThat(manifest.path("settings").path("event_subscriptions").path("request_url").asString())
        .endsWith(ENDPOINT);
    assertThat(manifest.path("settings").path("interactivity").path("is_enabled").booleanValue())
        .isTrue();
  }

  @Test
  void the_bot_asks_for_exactly_the_scopes_the_code_uses() {
    JsonNode scopes = manifest().path("oauth_config").path("scopes");

    assertThat(strings(scopes.path("bot")))
        .containsExactlyInAnyOrder(
            "commands",
            "chat:write",
            "im:write",
            "im:history",
            "users:read",
            "channels:read",
            "groups:read",
            "files:write");
    assertThat(scopes.path("user").isMissingNode()).isTrue();
  }

  @Test
  void the_app_subscribes_to_exactly_the_three_bot_events_it_handles() {
    JsonNode events = manifest().path("settings").path("event_subscriptions");

    assertThat(strings(events.path("bot_events")))
        .containsExactlyInAnyOrder("app_home_opened", "app_uninstalled", "tokens_revoked");
    assertThat(events.path("user_events").isMissingNode()).isTrue();
  }

  /**
   * Draft-07, plus the two keywords of Slack's own that the schema uses: {@code _note} is a comment
   * and {@code regex} is not a JSON Schema keyword (checked by a test of its own above).
   */
  private static Schema slackSchema() throws IOException {
    Dialect draft7 =
        Dialect.builder(Dialects.getDraft7())
            .keyword(new NonValidationKeyword("_note"))
            .keyword(new NonValidationKeyword("regex"))
            .build();
    return SchemaRegistry.withDialect(draft7)
        .getSchema(Files.readString(slackSchemaPath()), InputFormat.JSON);
  }

  private static Path slackSchemaPath() {
    assumeTrue(
        Files.isDirectory(SCHEMAS),
        "Skipped: Slack's manifest schema folder "
            + SCHEMAS.toAbsolutePath().normalize()
            + " does not exist (it sits next to the project on development machines)");
    return SCHEMA;
  }

  private static JsonNode manifest() {
    return YAML.readTree(MANIFEST);
  }

  private static List<String> strings(JsonNode array) {
    assertThat(array.isArray()).describedAs("expected a list, got " + array).isTrue();
    return array.valueStream().map(JsonNode::asString).collect(Collectors.toList());
  }

  private static void collectUrls(JsonNode node, List<String> urls) {
    if (node.isString() && node.asString().matches("(?i)^[a-z][a-z0-9+.-]*://.*")) {
      urls.add(node.asString());
    }
    node.values().forEach(child -> collectUrls(child, urls));
  }

  private static String describe(List<Error> errors) {
    return errors.stream()
        .map(error -> error.getInstanceLocation() + ": " + error.getMessage())
        .collect(Collectors.joining("\n", MANIFEST + " does not match " + SCHEMA + ":\n", ""));
  }
}
