package dev.sharewell.teams;

/** What a stored conversation reference leads to: a person's chat with the bot, or a channel. */
enum RefKind {
  PERSONAL,
  CHANNEL
}
