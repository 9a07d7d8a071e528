package dev.sharewell.store;

/**
 * The sizes of the text columns that hold what the chat platforms send (the migrations in {@code
 * db/migration} declare them; {@code ColumnsTest} checks each against the database). Each adapter
 * refuses an id or text that would not fit where it parses the request, so no insert can fail on
 * length and no statement error can carry a person's words into a log.
 */
public final class Columns {
  /** A person's id on their platform: {@code members.user_id}. */
  public static final int USER_ID = 255;

  /** A Slack team id or Teams tenant id: {@code members.workspace_id} and every copy of it. */
  public static final int WORKSPACE_ID = 128;

  /** A Teams conversation or channel id: {@code conversation_refs.conversation_id}. */
  public static final int CONVERSATION_ID = 512;

  /** A Teams team id: {@code conversation_refs.team_id}. */
  public static final int TEAM_ID = 255;

  /** A stored Teams conversation reference, as JSON: {@code conversation_refs.reference}. */
  public static final int CONVERSATION_REFERENCE = 20_000;

  /** A chosen channel and other settings: {@code app_settings.setting_value}. */
  public static final int SETTING_VALUE = 2_000;

  /** {@code members.display_name}. */
  public static final int DISPLAY_NAME = 255;

  /** {@code members.locale}. */
  public static final int LOCALE = 35;

  /** {@code members.time_zone}. */
  public static final int TIME_ZONE = 64;

  /** {@code audit_log.subject}. */
  public static final int AUDIT_SUBJECT = 255;

  /** {@code audit_log.detail}. */
  public static final int AUDIT_DETAIL = 2_000;

  /** {@code content_items.url} and {@code shares.post_url}. */
  public static final int URL = 2_048;

  /** {@code content_items.title}. */
  public static final int TITLE = 150;

  /** {@code content_items.summary}. */
  public static final int SUMMARY = 1_000;

  /** {@code content_tags.tag}. */
  public static final int TAG = 64;

  /** {@code caption_variants.text} and {@code shares.text}. */
  public static final int LONG_TEXT = 3_000;

  private Columns() {}

  /** {@code text} cut to {@code max} characters, never between the two halves of a pair. */
  public static String cut(String text, int max) {
    if (text == null || text.length() <= max) {
      return text;
    }
    int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
    return text.substring(0, end);
  }
}
