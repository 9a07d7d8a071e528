package dev.sharewell.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sharewell.audit.AuditLog;
import dev.sharewell.common.FieldError;
import dev.sharewell.common.InvalidInputException;
import dev.sharewell.common.Language;
import dev.sharewell.common.NotAllowedException;
import dev.sharewell.identity.Platform;
import dev.sharewell.identity.PlatformUser;
import dev.sharewell.identity.Profile;
import dev.sharewell.member.Member;
import dev.sharewell.member.MemberService;
import dev.sharewell.member.Role;
import dev.sharewell.personalise.Prompts;
import dev.sharewell.testing.DbEngine;
import dev.sharewell.testing.TestClock;
import dev.sharewell.testing.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

@ParameterizedClass
@MethodSource("dev.sharewell.testing.DbEngine#available")
class ContentServiceTest {
  private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

  @Parameter DbEngine engine;

  private TestDatabase db;
  private final TestClock clock = TestClock.standard();
  private AuditLog audit;
  private ContentService content;
  private Member comms;
  private Member admin;
  private Member plain;

  @BeforeEach
  void open() {
    db = TestDatabase.open(engine);
    audit = new AuditLog(db.jdbi(), clock);
    MemberService members = new MemberService(db.jdbi(), clock, Set.of("slack:T1/UADMIN"), audit);
    content =
        new ContentService(db.jdbi(), clock, COPENHAGEN, audit, new Prompts(db.jdbi(), clock));
    admin = members.identify(new PlatformUser(Platform.SLACK, "T1", "UADMIN"), Profile.unknown());
    Member someone =
        members.identify(new PlatformUser(Platform.SLACK, "T1", "UCOMMS"), Profile.unknown());
    comms = members.grant(admin, someone, Role.COMMS);
    plain = members.identify(new PlatformUser(Platform.SLACK, "T1", "UPLAIN"), Profile.unknown());
  }

  @AfterEach
  void close() {
    db.close();
  }

  private static ContentDraft draft(String title, String url) {
    return new ContentDraft(title, url, null, null, null, null, null, null);
  }

  @Test
  void comms_add_an_item_with_every_field() {
    ContentDraft draft =
        new ContentDraft(
            "  We are hiring a data engineer ",
            "HTTPS://Careers.Example.com/Jobs/42?ref=Share",
            "Join the platform team.",
            "JOB",
            "#Hiring, data ,hiring",
            "da",
            "Come work with me!\n\n  We need you on the team.  \n",
            "2026-12-31");

    ContentItem item = content.add(comms, draft);

    assertThat(item.title()).isEqualTo("We are hiring a data engineer");
    assertThat(item.url()).isEqualTo("https://careers.example.com/Jobs/42?ref=Share");
    assertThat(item.summary()).contains("Join the platform team.");
    assertThat(item.kind()).isEqualTo(ContentKind.JOB);
    assertThat(item.tags()).containsExactly("data", "hiring");
    assertThat(item.language()).isEqualTo(Language.DA);
    assertThat(item.captions()).containsExactly("Come work with me!", "We need you on the team.");
    // The last day counts whole, in the organisation's time zone.
    assertThat(item.liveUntil()).isEqualTo(Instant.parse("2026-12-31T23:00:00Z"));
    assertThat(item.liveFrom()).isEqualTo(clock.instant());
    assertThat(item.createdBy()).contains(comms.id());
    assertThat(item.status()).isEqualTo(ContentStatus.LIVE);
    assertThat(content.get(item.id())).isEqualTo(item);
    assertThat(audit.latest(1).get(0).action()).isEqualTo("content.add");
  }

  @Test
  void defaults_are_news_in_english_live_for_two_weeks() {
    ContentItem item = content.add(admin, draft("Our new office", "https://example.com/office"));

    assertThat(item.kind()).isEqualTo(ContentKind.NEWS);
    assertThat(item.language()).isEqualTo(Language.EN);
    assertThat(item.liveUntil()).isEqualTo(clock.instant().plus(Duration.ofDays(14)));
    assertThat(item.summary()).isEmpty();
    assertThat(item.captions()).isEmpty();
  }

  @Test
  void members_without_the_comms_or_admin_role_cannot_add_or_archive() {
    ContentItem item = content.add(comms, draft("Launch", "https://example.com/launch"));

    assertThatThrownBy(() -> content.add(plain, draft("Mine", "https://example.com/mine")))
        .isInstanceOf(NotAllowedException.class)
        .hasMessageContaining("comms");
    assertThatThrownBy(() -> content.archive(plain, item.id()))
        .isInstanceOf(NotAllowedException.class);
    assertThat(content.listLive()).extracting(ContentItem::id).containsExactly(item.id());
  }

  @Test
  void every_invalid_field_is_named_and_nothing_is_written() {
    ContentDraft bad =
        new ContentDraft(
            "x".repeat(151),
            "ftp://example.com/file",
            "s".repeat(1001),
            "podcast",
            null,
            "fr",
            null,
            "31/12/2026");

    assertThatThrownBy(() -> content.add(comms, bad))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactly("title", "url", "summary", "kind", "language", "live_until"));
    assertThat(content.listLive()).isEmpty();
    assertThat(audit.latest(5)).extracting(e -> e.action()).doesNotContain("content.add");
  }

  @Test
  void a_missing_title_or_url_and_odd_urls_are_refused() {
    assertThat(fieldsAtFault(draft(" ", null))).containsExactly("title", "url");
    assertThat(fieldsAtFault(draft("t", "example.com/no-scheme"))).containsExactly("url");
    assertThat(fieldsAtFault(draft("t", "javascript:alert(1)"))).containsExactly("url");
    assertThat(fieldsAtFault(draft("t", "https://trusted.example@evil.example/")))
        .containsExactly("url");
    assertThat(fieldsAtFault(draft("t", "https://exa mple.com/"))).containsExactly("url");
  }

  @Test
  void live_until_must_be_ahead_but_not_too_far() {
    ContentDraft past =
        new ContentDraft("t", "https://e.com/1", null, null, null, null, null, "2026-11-01");
    ContentDraft far =
        new ContentDraft("t", "https://e.com/2", null, null, null, null, null, "2028-01-01");

    assertThat(fieldsAtFault(past)).containsExactly("live_until");
    assertThat(fieldsAtFault(far)).containsExactly("live_until");
  }

  @Test
  void a_url_that_is_already_live_is_refused_with_the_item_named() {
    ContentItem first = content.add(comms, draft("Launch", "https://example.com/launch"));

    assertThatThrownBy(() -> content.add(admin, draft("Again", "https://EXAMPLE.com/launch")))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.errors().get(0).field()).isEqualTo("url");
              assertThat(e.getMessage()).contains("Launch").contains("#" + first.id());
            });
    assertThat(content.listLive()).hasSize(1);
  }

  @Test
  void a_url_can_be_added_again_once_its_item_expired_or_was_archived() {
    ContentItem first = content.add(comms, draft("Launch", "https://example.com/launch"));
    clock.advance(Duration.ofDays(15));

    ContentItem second = content.add(comms, draft("Launch, again", "https://example.com/launch"));
    assertThat(content.archive(comms, second.id())).isTrue();
    assertThat(content.archive(comms, second.id())).isFalse();
    ContentItem third = content.add(comms, draft("Launch, third", "https://example.com/launch"));

    assertThat(content.get(first.id()).status()).isEqualTo(ContentStatus.EXPIRED);
    assertThat(content.get(second.id()).status()).isEqualTo(ContentStatus.ARCHIVED);
    assertThat(content.listLive()).extracting(ContentItem::id).containsExactly(third.id());
  }

  @Test
  void concurrent_adds_of_one_url_leave_exactly_one_live_item() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        int n = i;
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  try {
                    content.add(comms, draft("Race " + n, "https://example.com/race"));
                    return true;
                  } catch (InvalidInputException e) {
                    assertThat(e.errors().get(0).field()).isEqualTo("url");
                    return false;
                  }
                }));
      }
      start.countDown();
      int added = 0;
      for (Future<Boolean> result : results) {
        added += result.get() ? 1 : 0;
      }
      assertThat(added).isEqualTo(1);
      assertThat(content.listLive()).hasSize(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void live_items_are_listed_newest_first_and_expired_ones_drop_out() {
    ContentItem old =
        content.add(
            comms,
            new ContentDraft(
                "Old", "https://e.com/old", null, null, null, null, null, "2026-11-25"));
    clock.advance(Duration.ofHours(1));
    ContentItem recent = content.add(comms, draft("Recent", "https://e.com/recent"));

    assertThat(content.listLive())
        .extracting(ContentItem::id)
        .containsExactly(recent.id(), old.id());
    clock.set(Instant.parse("2026-11-25T23:00:00Z"));
    assertThat(content.listLive()).extracting(ContentItem::id).containsExactly(recent.id());
  }

  private List<String> fieldsAtFault(ContentDraft draft) {
    try {
      content.add(comms, draft);
      return List.of();
    } catch (InvalidInputException e) {
      return e.errors().stream().map(FieldError::field).toList();
    }
  }
}
