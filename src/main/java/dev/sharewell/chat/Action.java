package dev.sharewell.chat;

/** Something a person can press in a message. */
public sealed interface Action {

  /** A button that comes back to Sharewell with its action id and value. */
  record Button(String actionId, String label, String value, Style style) implements Action {}

  /**
   * A button that opens a web page (a share link). Its url is at most {@link #URL_MAX} characters:
   * whoever makes one keeps to it, as {@code ShareLinks} does by shortening the text it carries.
   */
  record Link(String label, String url) implements Action {
    /**
     * The longest url a link may carry on any platform: Slack refuses a button whose url is longer
     * than 3,000 characters, and with it the whole message. Teams documents no limit for an
     * Action.OpenUrl, so the same bound holds there.
     */
    public static final int URL_MAX = 3_000;
  }

  /** How prominent a button is. */
  enum Style {
    DEFAULT,
    PRIMARY,
    DANGER
  }
}
