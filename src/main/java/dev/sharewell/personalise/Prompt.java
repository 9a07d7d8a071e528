package dev.sharewell.personalise;

/** A personalisation question, such as "What did you learn from this?". */
public record Prompt(long id, String language, String text) {}
