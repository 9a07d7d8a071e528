package dev.sharewell.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * Closes everything added to it, in the order added, even when one fails: the first failure is
 * thrown with the later ones suppressed, so a failed close leaks no other server or database.
 */
final class Closer implements AutoCloseable {
  private final List<AutoCloseable> resources = new ArrayList<>();

  /** Adds {@code resource}; null (never opened) is left out. */
  void add(AutoCloseable resource) {
    if (resource != null) {
      resources.add(resource);
    }
  }

  @Override
  public void close() {
    RuntimeException failure = null;
    for (AutoCloseable resource : resources) {
      try {
        resource.close();
      } catch (Exception e) {
        if (failure == null) {
          failure = e instanceof RuntimeException r ? r : new IllegalStateException(e);
        } else {
          failure.addSuppressed(e);
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
  }
}
