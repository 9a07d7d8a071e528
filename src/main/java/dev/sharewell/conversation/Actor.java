package dev.sharewell.conversation;

import dev.sharewell.chat.Form;
import dev.sharewell.chat.OutboundMessage;
import dev.sharewell.common.Language;
import dev.sharewell.common.Texts;
import dev.sharewell.member.Member;
import java.util.Map;
import java.util.Set;

/**
 * The member who asked, where they asked, and the language to answer them in. Replies are made
 * here, so each carries that language.
 */
record Actor(Member member, Origin origin) {
  Language language() {
    return member.language();
  }

  String text(String key, Object... args) {
    return Texts.get(language(), key, args);
  }

  /** A reply of one paragraph in the actor's language. */
  Reply say(String key, Object... args) {
    return show(OutboundMessage.text(text(key, args)));
  }

  Reply.Show show(OutboundMessage message) {
    return new Reply.Show(message, language());
  }

  Reply.Open open(Form form) {
    return new Reply.Open(form, language());
  }

  /** A file for the actor, who owns it; {@code about} are the members whose data it holds. */
  Reply.File file(OutboundMessage message, String filename, String content, Set<Long> about) {
    return new Reply.File(message, filename, content, member.id(), about, language());
  }

  FormResult.Done done(OutboundMessage confirmation) {
    return new FormResult.Done(confirmation, language());
  }

  FormResult.Next next(Form form) {
    return new FormResult.Next(form, language());
  }

  FormResult.Invalid invalid(Map<String, String> errors) {
    return new FormResult.Invalid(errors, language());
  }
}
