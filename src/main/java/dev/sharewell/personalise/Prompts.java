package dev.sharewell.personalise;

import dev.sharewell.common.Language;
import dev.sharewell.common.Texts;
import java.util.ArrayList;
import java.util.List;

/**
 * Personalisation prompts: questions that help each person say why an item matters to them, so
 * colleagues do not all post the same words. The k-th recipient of an item gets the k-th prompt.
 */
public final class Prompts {
  static final int COUNT = 12;

  private Prompts() {}

  /** The bundle key of the prompt for the {@code recipientIndex}-th (0-based) recipient. */
  public static String keyFor(int recipientIndex, long contentId) {
    // Start each item's rotation at a different prompt, so the first recipients of different
    // items do not all get the same question.
    int index = (int) Math.floorMod(recipientIndex + contentId * 5, (long) COUNT);
    return "prompt." + (index + 1);
  }

  /** The recipient index a prompt key stands for, the inverse of {@link #keyFor}. */
  public static int indexOf(String promptKey, long contentId) {
    int prompt = Integer.parseInt(promptKey.substring("prompt.".length())) - 1;
    return (int) Math.floorMod(prompt - contentId * 5, (long) COUNT);
  }

  /** The prompt for the {@code recipientIndex}-th (0-based) recipient of an item. */
  public static String forRecipient(int recipientIndex, long contentId, Language language) {
    return Texts.get(language, keyFor(recipientIndex, contentId));
  }

  /** Every prompt in {@code language}, in rotation order. */
  public static List<String> all(Language language) {
    List<String> prompts = new ArrayList<>();
    for (int i = 1; i <= COUNT; i++) {
      prompts.add(Texts.get(language, "prompt." + i));
    }
    return prompts;
  }

  /** The suggested caption for the {@code recipientIndex}-th recipient, rotating the same way. */
  public static java.util.Optional<String> caption(int recipientIndex, List<String> captions) {
    if (captions.isEmpty()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(captions.get(Math.floorMod(recipientIndex, captions.size())));
  }
}
