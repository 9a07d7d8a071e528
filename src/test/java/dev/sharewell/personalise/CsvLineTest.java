package dev.sharewell.personalise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CsvLineTest {
  @Test
  void quoted_fields_keep_their_commas_and_doubled_quotes() {
    assertThat(CsvLine.fields("url,en,\"a, b\",\"say \"\"hi\"\"\",true"))
        .containsExactly("url", "en", "a, b", "say \"hi\"", "true");
  }

  @Test
  void an_unclosed_quote_is_an_error() {
    assertThatThrownBy(() -> CsvLine.fields("a,\"b")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void comment_lines_and_the_header_are_skipped() {
    String csv =
        "# a comment\ncategory,language,reference,candidate,too_close\n"
            + "identical,en,\"x y\",\"x y\",true\n";
    assertThat(LabelledPair.parse(csv))
        .singleElement()
        .satisfies(p -> assertThat(p.line()).isEqualTo(3));
  }
}
