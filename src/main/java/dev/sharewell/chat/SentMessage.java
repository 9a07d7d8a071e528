package dev.sharewell.chat;

/** A message the platform accepted, with the platform's id for it. */
public record SentMessage(String messageId) {}
