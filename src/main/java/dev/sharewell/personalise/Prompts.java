package dev.sharewell.personalise;

import dev.sharewell.common.Language;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Personalisation prompts: questions that help each person say why an item matters to them, so
 * colleagues do not all post the same words. The k-th recipient of an item in a language gets the
 * k-th prompt of that language's rotation (the item's own prompts first, then the defaults), so
 * among any ten colleagues who get an item, ten different prompts appear when there are ten.
 */
public final class Prompts {
  static final int MAX_PER_ITEM = 10;
  static final int MAX_LENGTH = 300;

  /** The id of the add form's field for an item's own prompts. */
  public static final String FIELD = "prompts";

  private final Jdbi jdbi;
  private final Clock clock;

  public Prompts(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  /**
   * Gives the next recipient of an item their prompt, inside the caller's transaction (the rotation
   * row stays locked until it ends, so two recipients never share a place).
   */
  public Prompt assign(Handle handle, long contentId, Language language) {
    PromptDao dao = handle.attach(PromptDao.class);
    String code = language.code();
    dao.startRotation(contentId, code);
    dao.advance(contentId, code);
    int place = dao.given(contentId, code) - 1;
    List<Prompt> rotation = dao.rotationOf(contentId, code);
    return rotation.get(Math.floorMod(place, rotation.size()));
  }

  /** Gives the next recipient their prompt, in a transaction of its own. */
  public Prompt assign(long contentId, Language language) {
    return jdbi.inTransaction(handle -> assign(handle, contentId, language));
  }

  public Optional<Prompt> find(long id) {
    return jdbi.withExtension(PromptDao.class, dao -> dao.find(id));
  }

  /** The whole rotation for an item in a language, in order. */
  public List<Prompt> rotationOf(long contentId, Language language) {
    return jdbi.withExtension(PromptDao.class, dao -> dao.rotationOf(contentId, language.code()));
  }

  /** Adds comms' own prompts to an item, inside the caller's transaction. */
  public void addToItem(Handle handle, long contentId, Language language, List<String> texts) {
    if (texts.isEmpty()) {
      return;
    }
    handle
        .attach(PromptDao.class)
        .addToItem(
            contentId,
            language.code(),
            texts,
            java.util.stream.IntStream.rangeClosed(1, texts.size()).boxed().toList(),
            clock.instant());
  }

  /**
   * Reads comms' prompts for an item, one per line.
   *
   * @throws dev.sharewell.common.InvalidInputException on the field {@code prompts} when there are
   *     too many or one is too long
   */
  public static List<String> readLines(String raw) {
    List<String> lines =
        raw == null
            ? List.of()
            : raw.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    if (lines.size() > MAX_PER_ITEM) {
      throw dev.sharewell.common.InvalidInputException.of(
          FIELD, "error.prompts.many", MAX_PER_ITEM);
    }
    if (lines.stream().anyMatch(line -> line.length() > MAX_LENGTH)) {
      throw dev.sharewell.common.InvalidInputException.of(FIELD, "error.prompts.long", MAX_LENGTH);
    }
    return lines;
  }

  /** The suggested caption for the {@code place}-th recipient: captions rotate like prompts. */
  public static Optional<Integer> captionPosition(int place, List<String> captions) {
    return captions.isEmpty()
        ? Optional.empty()
        : Optional.of(Math.floorMod(place, captions.size()));
  }
}
