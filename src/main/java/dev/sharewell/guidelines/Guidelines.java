package dev.sharewell.guidelines;

import dev.sharewell.chat.Block;
import dev.sharewell.chat.OutboundMessage;
import dev.sharewell.common.Language;
import dev.sharewell.common.Texts;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The organisation's social-media guidelines and crisis policy: a Markdown file of its own, or the
 * default text that ships in English and Danish. Read once at start.
 */
public final class Guidelines {
  private final Optional<String> custom;

  private Guidelines(Optional<String> custom) {
    this.custom = custom;
  }

  /** Reads {@code file} when given; otherwise the shipped default is used. */
  public static Guidelines load(Optional<Path> file) {
    return new Guidelines(
        file.map(
            path -> {
              try {
                return Files.readString(path, StandardCharsets.UTF_8);
              } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the guidelines file " + path, e);
              }
            }));
  }

  public OutboundMessage render(Language language) {
    String markdown = custom.orElseGet(() -> defaultText(language));
    List<Block> blocks = MarkdownBlocks.parse(markdown);
    return new OutboundMessage(Texts.get(language, "guidelines.summary"), blocks);
  }

  private static String defaultText(Language language) {
    String resource = "/guidelines/default." + language.code() + ".md";
    try (InputStream in = Guidelines.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A small reading of Markdown: headings, paragraphs and lists; emphasis marks dropped. */
  static final class MarkdownBlocks {
    private MarkdownBlocks() {}

    static List<Block> parse(String markdown) {
      List<Block> blocks = new ArrayList<>();
      List<String> paragraph = new ArrayList<>();
      for (String line : markdown.split("\\R")) {
        String trimmed = line.strip();
        if (trimmed.startsWith("#")) {
          flush(paragraph, blocks);
          blocks.add(new Block.Heading(plain(trimmed.replaceFirst("^#+\\s*", ""))));
        } else if (trimmed.isEmpty()) {
          flush(paragraph, blocks);
        } else if (trimmed.matches("^[-*+]\\s+.*")) {
          paragraph.add("• " + plain(trimmed.replaceFirst("^[-*+]\\s+", "")));
        } else {
          paragraph.add(plain(trimmed));
        }
      }
      flush(paragraph, blocks);
      return blocks;
    }

    private static void flush(List<String> paragraph, List<Block> blocks) {
      if (!paragraph.isEmpty()) {
        blocks.add(new Block.Paragraph(String.join("\n", paragraph)));
        paragraph.clear();
      }
    }

    private static String plain(String text) {
      return text.replace("**", "").replace("__", "").replace("`", "");
    }
  }
}
