package dev.sharewell.slack;

import dev.sharewell.conversation.CommandRequest;
import dev.sharewell.identity.Platform;
import dev.sharewell.identity.PlatformUser;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a slash command's text as Slack escapes it: {@code <@U123|name>} people, {@code
 * <#C123|name>} channels and {@code <https://…|…>} links. Mentions are taken out into lists; links
 * become their plain url.
 */
final class SlackMentions {
  private static final Pattern TOKEN = Pattern.compile("<([@#!])?([^>|]+)(?:\\|[^>]*)?>");

  private SlackMentions() {}

  static CommandRequest parse(String text, String workspaceId) {
    List<PlatformUser> people = new ArrayList<>();
    List<String> channels = new ArrayList<>();
    StringBuilder words = new StringBuilder();
    Matcher matcher = TOKEN.matcher(text == null ? "" : text);
    while (matcher.find()) {
      String sigil = matcher.group(1);
      String id = matcher.group(2);
      String replacement = " ";
      if ("@".equals(sigil)) {
        people.add(new PlatformUser(Platform.SLACK, workspaceId, id));
      } else if ("#".equals(sigil)) {
        channels.add(id);
      } else if (sigil == null) {
        replacement = " " + id + " ";
      }
      matcher.appendReplacement(words, Matcher.quoteReplacement(replacement));
    }
    matcher.appendTail(words);
    String plain = words.toString().replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    return new CommandRequest(plain, people, channels);
  }
}
