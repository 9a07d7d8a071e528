package dev.sharewell.share;

import dev.sharewell.member.Network;
import java.time.Instant;

/** One row of {@code shares}. */
record ShareRow(
    long id,
    long memberId,
    long contentId,
    Network network,
    String text,
    String postUrl,
    boolean personalised,
    Instant reportedAt) {

  Share toShare() {
    return new Share(
        id,
        memberId,
        contentId,
        network,
        java.util.Optional.ofNullable(text),
        java.util.Optional.ofNullable(postUrl),
        personalised,
        reportedAt);
  }
}
