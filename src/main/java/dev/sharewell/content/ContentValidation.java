package dev.sharewell.content;

import static dev.sharewell.content.ContentDraft.CAPTIONS;
import static dev.sharewell.content.ContentDraft.KIND;
import static dev.sharewell.content.ContentDraft.LANGUAGE;
import static dev.sharewell.content.ContentDraft.LIVE_UNTIL;
import static dev.sharewell.content.ContentDraft.SUMMARY;
import static dev.sharewell.content.ContentDraft.TAGS;
import static dev.sharewell.content.ContentDraft.TITLE;
import static dev.sharewell.content.ContentDraft.URL;

import dev.sharewell.chat.Action;
import dev.sharewell.common.FieldError;
import dev.sharewell.common.InvalidInputException;
import dev.sharewell.common.Language;
import dev.sharewell.common.Message;
import dev.sharewell.store.Columns;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The rules a content item must meet. Collects every problem so a form can show them all. The
 * public limits are the ones the add form offers, so the form and the rules cannot disagree.
 */
public final class ContentValidation {
  public static final int TITLE_MAX = Columns.TITLE;
  public static final int SUMMARY_MAX = Columns.SUMMARY;
  public static final int URL_MAX = Columns.URL;
  static final int TAGS_MAX = 10;
  static final int TAG_MAX = Columns.TAG;
  static final int CAPTIONS_MAX = 10;
  public static final int CAPTION_MAX = Columns.LONG_TEXT;
  static final Duration DEFAULT_LIVE = Duration.ofDays(14);
  static final Duration MAX_LIVE = Duration.ofDays(366);

  private final List<FieldError> errors = new ArrayList<>();
  private final Instant now;
  private final ZoneId zone;

  private ContentValidation(Instant now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  /**
   * @param zone the organisation's time zone, in which "live until" dates end at midnight
   * @throws InvalidInputException naming every field at fault
   */
  static NewContent validate(ContentDraft draft, Instant now, ZoneId zone) {
    ContentValidation v = new ContentValidation(now, zone);
    String title = v.title(draft.title());
    String url = v.url(draft.url());
    Optional<String> summary = v.summary(draft.summary());
    ContentKind kind = v.kind(draft.kind());
    List<String> tags = v.tags(draft.tags());
    Language language = v.language(draft.language());
    List<String> captions = v.captions(draft.captions());
    Instant liveUntil = v.liveUntil(draft.liveUntil());
    if (!v.errors.isEmpty()) {
      throw new InvalidInputException(v.errors);
    }
    return new NewContent(title, url, summary, kind, tags, language, captions, liveUntil);
  }

  private void fail(String field, String key, Object... args) {
    errors.add(new FieldError(field, Message.of(key, args)));
  }

  private String title(String raw) {
    String title = trim(raw);
    if (title.isEmpty()) {
      fail(TITLE, "error.content.title_missing");
    } else if (title.length() > TITLE_MAX) {
      fail(TITLE, "error.content.title_long", TITLE_MAX, title.length());
    }
    return title;
  }

  /** The url, trimmed and with its scheme and host in lower case, so duplicates are found. */
  private String url(String raw) {
    String url = trim(raw);
    if (url.isEmpty()) {
      fail(URL, "error.content.url_missing");
      return url;
    }
    if (url.length() > URL_MAX) {
      fail(URL, "error.content.url_long", URL_MAX);
      return url;
    }
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      boolean web = scheme.equals("http") || scheme.equals("https");
      // A user-info part ("https://trusted.example@elsewhere.example") only serves to mislead.
      if (!web || uri.getHost() == null || uri.getRawUserInfo() != null) {
        fail(URL, "error.content.url_invalid");
        return url;
      }
      String afterScheme = url.substring(url.indexOf("://") + 3);
      int end = indexOfAny(afterScheme, "/?#");
      String normalised =
          scheme
              + "://"
              + afterScheme.substring(0, end).toLowerCase(Locale.ROOT)
              + afterScheme.substring(end);
      if (!ShareLinks.fits(normalised)) {
        // Its share links would be longer than a button may carry (encoding can triple a url).
        fail(URL, "error.content.url_long_to_share", Action.Link.URL_MAX);
      }
      return normalised;
    } catch (URISyntaxException e) {
      fail(URL, "error.content.url_invalid");
      return url;
    }
  }

  private static int indexOfAny(String text, String chars) {
    for (int i = 0; i < text.length(); i++) {
      if (chars.indexOf(text.charAt(i)) >= 0) {
        return i;
      }
    }
    return text.length();
  }

  private Optional<String> summary(String raw) {
    String summary = trim(raw);
    if (summary.length() > SUMMARY_MAX) {
      fail(SUMMARY, "error.content.summary_long", SUMMARY_MAX, summary.length());
    }
    return summary.isEmpty() ? Optional.empty() : Optional.of(summary);
  }

  private ContentKind kind(String raw) {
    String kind = trim(raw);
    if (kind.isEmpty()) {
      return ContentKind.NEWS;
    }
    return ContentKind.fromKey(kind)
        .orElseGet(
            () -> {
              fail(KIND, "error.content.kind");
              return ContentKind.NEWS;
            });
  }

  private List<String> tags(String raw) {
    Set<String> tags = new LinkedHashSet<>();
    for (String part : trim(raw).split("[,\\n]")) {
      String tag = part.trim().replaceFirst("^#+", "").toLowerCase(Locale.ROOT);
      if (tag.isEmpty()) {
        continue;
      }
      if (tag.length() > TAG_MAX) {
        fail(TAGS, "error.content.tag_long", TAG_MAX);
        return List.of();
      }
      tags.add(tag);
    }
    if (tags.size() > TAGS_MAX) {
      fail(TAGS, "error.content.tags_many", TAGS_MAX);
    }
    return List.copyOf(tags);
  }

  private Language language(String raw) {
    String language = trim(raw);
    if (language.isEmpty()) {
      return Language.EN;
    }
    return Language.fromTag(language)
        .orElseGet(
            () -> {
              fail(LANGUAGE, "error.content.language");
              return Language.EN;
            });
  }

  private List<String> captions(String raw) {
    List<String> captions =
        Arrays.stream(trim(raw).split("\\R")).map(String::trim).filter(c -> !c.isEmpty()).toList();
    if (captions.size() > CAPTIONS_MAX) {
      fail(CAPTIONS, "error.content.captions_many", CAPTIONS_MAX);
    } else if (captions.stream().anyMatch(c -> c.length() > CAPTION_MAX)) {
      fail(CAPTIONS, "error.content.caption_long", CAPTION_MAX);
    }
    return captions;
  }

  private Instant liveUntil(String raw) {
    String date = trim(raw);
    if (date.isEmpty()) {
      return now.plus(DEFAULT_LIVE);
    }
    try {
      Instant until = LocalDate.parse(date).plusDays(1).atStartOfDay(zone).toInstant();
      if (!until.isAfter(now)) {
        fail(LIVE_UNTIL, "error.content.live_until_past");
      } else if (until.isAfter(now.plus(MAX_LIVE))) {
        fail(LIVE_UNTIL, "error.content.live_until_far", MAX_LIVE.toDays());
      }
      return until;
    } catch (DateTimeParseException e) {
      fail(LIVE_UNTIL, "error.content.live_until_format");
      return now;
    }
  }

  private static String trim(String raw) {
    return raw == null ? "" : raw.strip();
  }
}
