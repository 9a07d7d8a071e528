package dev.sharewell.chat;

/** Something a person can press in a message. */
public sealed interface Action {

  /** A button that comes back to Sharewell with its action id and value. */
  record Button(String actionId, String label, String value, Style style) implements Action {}

  /** A button that opens a web page (a share link). */
  record Link(String label, String url) implements Action {}

  /** How prominent a button is. */
  enum Style {
    DEFAULT,
    PRIMARY,
    DANGER
  }
}
