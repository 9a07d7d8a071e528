package dev.sharewell.personalise;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sharewell.testing.PostTexts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class NearDuplicateIndexTest {
  private static final String CAPTION =
      "We are hiring a senior backend engineer for our payments platform in Aarhus. "
          + "Flexible hours, a calm on-call and a team that reviews code with care.";
  private static final String OTHER_CAPTION =
      "Vi søger en backend-udvikler til vores betalingsplatform i Aarhus. "
          + "Fleksible timer og et hold, der tager sig tid til gode kodegennemgange.";
  private static final String OWN_TEXT =
      "My team needs another backend engineer. I have been on call for a year and it is quiet, "
          + "and we still argue happily about naming in every review. Ask me anything.";

  private final NearDuplicateRule rule = NearDuplicateRule.standard();
  private final NearDuplicateIndex index = new NearDuplicateIndex();

  @Test
  void an_empty_index_finds_nothing_too_close() {
    NearDuplicateVerdict verdict = index.check(CAPTION);
    assertThat(verdict.tooClose()).isFalse();
    assertThat(verdict.tooShort()).isFalse();
    assertThat(verdict.closeness()).isZero();
  }

  @Test
  void the_suggested_caption_unchanged_is_too_close_to_the_suggested_text() {
    index.addSuggested(CAPTION);
    index.addSuggested(OTHER_CAPTION);

    NearDuplicateVerdict verdict = index.check(CAPTION + " 🚀 #hiring", 7);

    assertThat(verdict.tooClose()).isTrue();
    assertThat(verdict.tooCloseToSuggested()).isTrue();
    assertThat(verdict.tooCloseColleagues()).isZero();
    assertThat(verdict.closeness()).isEqualTo(1.0);
  }

  @Test
  void a_text_copied_from_colleagues_reports_how_many_colleagues_and_not_the_suggested_text() {
    index.addSuggested(OTHER_CAPTION);
    index.addColleague(1, OWN_TEXT);
    index.addColleague(2, OWN_TEXT.replace("Ask me anything.", "Ping me!"));
    index.addColleague(3, "So true! " + OWN_TEXT);
    index.addColleague(4, CAPTION);

    NearDuplicateVerdict verdict = index.check(OWN_TEXT, 9);

    assertThat(verdict.tooCloseToSuggested()).isFalse();
    assertThat(verdict.tooCloseColleagues()).isEqualTo(3);
    assertThat(verdict.tooClose()).isTrue();
  }

  @Test
  void colleagues_who_posted_the_suggested_caption_are_counted_with_the_suggested_text() {
    index.addSuggested(CAPTION);
    index.addColleague(1, CAPTION);
    index.addColleague(2, CAPTION.toUpperCase(Locale.ROOT));

    NearDuplicateVerdict verdict = index.check(CAPTION, 3);

    assertThat(index.size()).isEqualTo(1);
    assertThat(verdict.tooCloseToSuggested()).isTrue();
    assertThat(verdict.tooCloseColleagues()).isEqualTo(2);
  }

  @Test
  void a_colleague_who_reported_close_texts_twice_counts_once() {
    index.addColleague(1, OWN_TEXT);
    index.addColleague(1, OWN_TEXT + " https://nordlys.dk/jobs/12");
    index.addColleague(1, "Really. " + OWN_TEXT);

    assertThat(index.check(OWN_TEXT, 2).tooCloseColleagues()).isEqualTo(1);
  }

  @Test
  void the_members_own_earlier_texts_do_not_count_against_them() {
    index.addColleague(5, OWN_TEXT);

    NearDuplicateVerdict own = index.check(OWN_TEXT, 5);
    NearDuplicateVerdict someoneElse = index.check(OWN_TEXT, 6);

    assertThat(own.tooClose()).isFalse();
    assertThat(own.closeness()).isZero();
    assertThat(someoneElse.tooCloseColleagues()).isEqualTo(1);
    assertThat(index.check(OWN_TEXT).tooCloseColleagues()).isEqualTo(1);
  }

  @Test
  void an_own_text_is_not_too_close_and_its_closeness_is_still_exact() {
    index.addSuggested(CAPTION);

    NearDuplicateVerdict verdict = index.check(OWN_TEXT, 1);

    assertThat(verdict.tooClose()).isFalse();
    assertThat(verdict.closeness()).isGreaterThan(0).isEqualTo(rule.closeness(OWN_TEXT, CAPTION));
  }

  @Test
  void short_texts_are_neither_held_nor_judged() {
    assertThat(index.addSuggested("We are hiring!")).isFalse();
    assertThat(index.addColleague(1, "Great news 🎉 #proud")).isFalse();
    assertThat(index.size()).isZero();

    index.addSuggested(CAPTION);
    NearDuplicateVerdict verdict = index.check("We are hiring 🚀", 2);

    assertThat(verdict.tooShort()).isTrue();
    assertThat(verdict.tooClose()).isFalse();
  }

  @Test
  void among_many_texts_the_index_finds_the_closest_one() {
    PostTexts texts = new PostTexts(11);
    for (int member = 0; member < 2_000; member++) {
      index.addColleague(member, texts.ownText());
    }
    index.addColleague(5_000, OWN_TEXT);
    String candidate = OWN_TEXT.replace("naming", "tabs");

    NearDuplicateVerdict verdict = index.check(candidate, 9_999);

    assertThat(verdict.closeness()).isEqualTo(rule.closeness(candidate, OWN_TEXT));
    assertThat(verdict.tooCloseColleagues()).isEqualTo(1);
  }

  @Test
  void the_index_answers_like_the_rule_on_every_corpus_pair() {
    for (LabelledPair pair : LabelledPair.corpus()) {
      NearDuplicateIndex one = new NearDuplicateIndex();
      one.addColleague(1, pair.reference());
      NearDuplicateVerdict verdict = one.check(pair.candidate(), 2);
      assertThat(verdict.tooClose()).as("line %d", pair.line()).isEqualTo(pair.tooClose());
      assertThat(verdict.closeness())
          .as("line %d", pair.line())
          .isEqualTo(rule.closeness(pair.candidate(), pair.reference()));
    }
  }

  @Test
  void the_index_answers_like_comparing_every_pair_one_by_one() {
    PostTexts texts = new PostTexts(5);
    List<Fingerprint> references = new ArrayList<>();
    index.addSuggested(CAPTION);
    references.add(rule.fingerprint(CAPTION));
    for (int member = 0; member < 400; member++) {
      String text = member % 3 == 0 ? texts.nearCopy(CAPTION) : texts.ownText();
      if (index.addColleague(member, text)) {
        references.add(rule.fingerprint(text));
      }
    }
    for (int i = 0; i < 200; i++) {
      String candidate = i % 2 == 0 ? texts.nearCopy(CAPTION) : texts.ownText();
      Fingerprint fingerprint = rule.fingerprint(candidate);
      double best = 0;
      for (Fingerprint reference : references) {
        best = Math.max(best, NearDuplicateRule.closeness(fingerprint, reference));
      }
      NearDuplicateVerdict verdict = index.check(candidate);
      assertThat(verdict.closeness()).as(candidate).isEqualTo(best);
      assertThat(verdict.tooClose()).as(candidate).isEqualTo(rule.isTooClose(best));
    }
  }

  @Test
  void the_same_texts_give_the_same_answers_in_every_index() {
    NearDuplicateIndex other = new NearDuplicateIndex();
    PostTexts first = new PostTexts(3);
    PostTexts second = new PostTexts(3);
    for (int member = 0; member < 300; member++) {
      index.addColleague(member, first.nearCopy(CAPTION));
      other.addColleague(member, second.nearCopy(CAPTION));
    }
    assertThat(other.size()).isEqualTo(index.size());
    assertThat(other.check(CAPTION)).isEqualTo(index.check(CAPTION));
  }
}
