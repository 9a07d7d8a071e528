package dev.sharewell.conversation;

import dev.sharewell.chat.OutboundMessage;
import dev.sharewell.common.Language;
import dev.sharewell.common.Texts;
import dev.sharewell.member.Member;

/** The member who asked, where they asked, and the language to answer them in. */
record Actor(Member member, Origin origin) {
  Language language() {
    return member.language();
  }

  String text(String key, Object... args) {
    return Texts.get(language(), key, args);
  }

  /** A reply of one paragraph in the actor's language. */
  Reply say(String key, Object... args) {
    return new Reply.Show(OutboundMessage.text(text(key, args)));
  }
}
