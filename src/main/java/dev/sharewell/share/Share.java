package dev.sharewell.share;

import dev.sharewell.member.Network;
import java.time.Instant;
import java.util.Optional;

/** A share a member reported: which item, on which network, with what text, and when. */
public record Share(
    long id,
    long memberId,
    long contentId,
    Network network,
    Optional<String> text,
    Optional<String> postUrl,
    boolean personalised,
    Instant reportedAt) {}
