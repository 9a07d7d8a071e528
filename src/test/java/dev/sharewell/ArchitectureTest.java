package dev.sharewell;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The house of docs/architecture.md: the core knows nothing of Slack, Teams or HTTP; each SDK stays
 * inside its adapter; only {@code app} wires everything together; and no package imports one that
 * imports it back, directly or round a loop.
 */
@AnalyzeClasses(packages = "dev.sharewell", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  private static final String[] CORE = {
    "dev.sharewell.audit..",
    "dev.sharewell.chat..",
    "dev.sharewell.common..",
    "dev.sharewell.identity..",
    "dev.sharewell.member..",
    "dev.sharewell.content..",
    "dev.sharewell.conversation..",
    "dev.sharewell.guidelines..",
    "dev.sharewell.delivery..",
    "dev.sharewell.personalise..",
    "dev.sharewell.privacy..",
    "dev.sharewell.share..",
    "dev.sharewell.leaderboard..",
    "dev.sharewell.links..",
    "dev.sharewell.reach..",
    "dev.sharewell.store.."
  };

  @ArchTest
  static final ArchRule core_knows_nothing_of_platforms_or_http =
      noClasses()
          .that()
          .resideInAnyPackage(CORE)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "dev.sharewell.slack..",
              "dev.sharewell.teams..",
              "dev.sharewell.app..",
              "dev.sharewell.http..",
              "com.slack..",
              "com.microsoft.bot..",
              "io.javalin..",
              "jakarta.servlet..",
              "org.eclipse.jetty..");

  @ArchTest
  static final ArchRule packages_are_free_of_cycles =
      slices().matching("dev.sharewell.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule only_the_teams_adapter_uses_the_bot_framework =
      noClasses()
          .that()
          .resideOutsideOfPackage("dev.sharewell.teams..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("com.microsoft.bot..");

  @ArchTest
  static final ArchRule only_the_slack_adapter_uses_bolt =
      noClasses()
          .that()
          .resideOutsideOfPackage("dev.sharewell.slack..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("com.slack..");

  @ArchTest
  static final ArchRule slack_does_not_know_teams_or_the_wiring =
      noClasses()
          .that()
          .resideInAPackage("dev.sharewell.slack..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("dev.sharewell.teams..", "dev.sharewell.app..")
          .allowEmptyShould(true);

  @ArchTest
  static final ArchRule teams_does_not_know_slack_or_the_wiring =
      noClasses()
          .that()
          .resideInAPackage("dev.sharewell.teams..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("dev.sharewell.slack..", "dev.sharewell.app..")
          .allowEmptyShould(true);
}
