package dev.sharewell.common;

/** What is wrong with one field of a form: the field's id and a message for the person. */
public record FieldError(String field, Message message) {}
