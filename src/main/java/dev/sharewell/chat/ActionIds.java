package dev.sharewell.chat;

/**
 * The ids of buttons and forms: part of Sharewell's public contract (docs/slack.md). Slack uses
 * them as action ids and view callback ids; Teams card submissions carry them as {@code action}. A
 * button's value carries the content item id where it is about an item.
 */
public final class ActionIds {
  private ActionIds() {}

  // Buttons
  public static final String SHARED = "sharewell.shared";
  public static final String PERSONALISE = "sharewell.personalise";
  public static final String NOT_FOR_ME = "sharewell.not_for_me";
  public static final String JOIN = "sharewell.join";
  public static final String DECLINE = "sharewell.decline";
  public static final String LEAVE = "sharewell.leave";
  public static final String OPEN_SETTINGS = "sharewell.open_settings";
  public static final String STAY_IN = "sharewell.stay_in";
  public static final String PAUSE_MONTH = "sharewell.pause_month";
  public static final String FORGET = "sharewell.forget";

  /** Prefix of link buttons (share dialogs); they open a page and need no answer. */
  public static final String OPEN_LINK_PREFIX = "sharewell.open.";

  // Forms
  public static final String ADD_CONTENT_FORM = "sharewell.add_content";
  public static final String REPORT_SHARE_FORM = "sharewell.report_share";
  public static final String PERSONALISE_FORM = "sharewell.personalise";
  public static final String SETTINGS_FORM = "sharewell.settings";
  public static final String FLAG_FORM = "sharewell.flag";
}
