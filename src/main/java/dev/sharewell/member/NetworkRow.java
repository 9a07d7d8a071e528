package dev.sharewell.member;

/** One network a member uses, with the follower count they entered (null: not said). */
record NetworkRow(long memberId, Network network, Integer followers) {}
