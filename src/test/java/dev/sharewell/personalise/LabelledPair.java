package dev.sharewell.personalise;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** One labelled pair of the near-duplicate corpus, {@code near-duplicates.csv} in the resources. */
record LabelledPair(
    int line,
    String category,
    String language,
    String reference,
    String candidate,
    boolean tooClose) {

  static final String RESOURCE = "/near-duplicates.csv";

  /** Every pair of the corpus, in file order. */
  static List<LabelledPair> corpus() {
    try (InputStream in = LabelledPair.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<LabelledPair> parse(String csv) {
    List<LabelledPair> pairs = new ArrayList<>();
    boolean header = true;
    String[] lines = csv.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (header) {
        header = false;
        continue;
      }
      List<String> fields = CsvLine.fields(line);
      if (fields.size() != 5 || !List.of("true", "false").contains(fields.get(4))) {
        throw new IllegalArgumentException("line " + (i + 1) + " is not a labelled pair: " + line);
      }
      pairs.add(
          new LabelledPair(
              i + 1,
              fields.get(0),
              fields.get(1),
              fields.get(2),
              fields.get(3),
              Boolean.parseBoolean(fields.get(4))));
    }
    return pairs;
  }

  /** The language of the member's text: the candidate's side of "en>da". */
  String candidateLanguage() {
    int arrow = language.indexOf('>');
    return arrow < 0 ? language : language.substring(arrow + 1);
  }
}
