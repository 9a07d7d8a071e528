package dev.sharewell.member;

/** One role held by one member. */
record RoleRow(long memberId, Role role) {}
