package dev.sharewell.content;

/** Whether an item may still be suggested. */
public enum ContentStatus {
  LIVE,
  /** Taken down by comms before its live window ended. */
  ARCHIVED,
  /** Its live window ended and its url was freed for a new item. */
  EXPIRED
}
