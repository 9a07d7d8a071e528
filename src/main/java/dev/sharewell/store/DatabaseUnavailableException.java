package dev.sharewell.store;

/** The database could not be reached or its schema could not be brought up to date. */
public final class DatabaseUnavailableException extends RuntimeException {
  public DatabaseUnavailableException(String where, Throwable cause) {
    super("Cannot open the database at " + where + ": " + rootMessage(cause), cause);
  }

  private static String rootMessage(Throwable t) {
    Throwable root = t;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
  }
}
