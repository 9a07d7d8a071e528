package dev.sharewell.links;

import java.util.Optional;

/**
 * How tracked links are made and followed.
 *
 * @param baseUrl where {@code /r/{token}} is served, without a trailing slash; empty: links are not
 *     tracked (the item's own url is shared, as before)
 * @param utm whether visits get {@code utm_*} parameters
 * @param utmMedium the {@code utm_medium} they carry
 */
public record LinkSettings(Optional<String> baseUrl, boolean utm, String utmMedium) {
  public static final String DEFAULT_MEDIUM = "employee_advocacy";

  /** Untracked links: what Sharewell does without a public url. */
  public static LinkSettings untracked() {
    return new LinkSettings(Optional.empty(), true, DEFAULT_MEDIUM);
  }
}
