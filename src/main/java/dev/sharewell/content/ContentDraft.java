package dev.sharewell.content;

/**
 * A content item as typed into the add form, every field raw text (null or blank when left empty).
 * {@code tags} are comma-separated, {@code captions} one per line, {@code liveUntil} an ISO date.
 */
public record ContentDraft(
    String title,
    String url,
    String summary,
    String kind,
    String tags,
    String language,
    String captions,
    String liveUntil) {

  /** Field ids shared by the validation and the forms of both adapters. */
  public static final String TITLE = "title";

  public static final String URL = "url";
  public static final String SUMMARY = "summary";
  public static final String KIND = "kind";
  public static final String TAGS = "tags";
  public static final String LANGUAGE = "language";
  public static final String CAPTIONS = "captions";
  public static final String LIVE_UNTIL = "live_until";
}
