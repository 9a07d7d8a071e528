package dev.sharewell.chat;

import java.util.Set;

/**
 * Short-lived download links, for platforms where a bot cannot hand a person a file (Teams): the
 * file is kept for a while and the link fetches it from this server.
 */
public interface FileLinks {
  /**
   * Keeps the file for its owner (the id of the member who asked for it) and returns the link that
   * downloads it; {@code about} are the ids of the members whose data it holds.
   */
  String link(long ownerId, String filename, String content, Set<Long> about);
}
