package dev.sharewell.conversation;

import dev.sharewell.identity.PlatformUser;
import java.util.List;

/**
 * A command understood: its verb, the words after it (lower case), the same words as typed (for
 * urls), and the people and channels mentioned. {@code unknownWord} is set when the person typed
 * something that is not a command, which is answered with help.
 */
record ParsedCommand(
    Verb verb,
    List<String> args,
    List<String> rawArgs,
    List<PlatformUser> people,
    List<String> channels,
    String unknownWord) {}
