package dev.sharewell.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sharewell.testing.DbEngine;
import dev.sharewell.testing.TestDatabase;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The sizes the adapters check against are the sizes the migrations declared. */
class ColumnsTest {

  static Map<String, Integer> declared() {
    Map<String, Integer> sizes = new LinkedHashMap<>();
    sizes.put("members.user_id", Columns.USER_ID);
    sizes.put("members.workspace_id", Columns.WORKSPACE_ID);
    sizes.put("workspaces.workspace_id", Columns.WORKSPACE_ID);
    sizes.put("conversation_refs.workspace_id", Columns.WORKSPACE_ID);
    sizes.put("deliveries.workspace_id", Columns.WORKSPACE_ID);
    sizes.put("shares.workspace_id", Columns.WORKSPACE_ID);
    sizes.put("audit_log.workspace_id", Columns.WORKSPACE_ID);
    sizes.put("conversation_refs.conversation_id", Columns.CONVERSATION_ID);
    sizes.put("conversation_refs.user_id", Columns.USER_ID);
    sizes.put("conversation_refs.team_id", Columns.TEAM_ID);
    sizes.put("conversation_refs.reference", Columns.CONVERSATION_REFERENCE);
    sizes.put("app_settings.setting_value", Columns.SETTING_VALUE);
    sizes.put("members.display_name", Columns.DISPLAY_NAME);
    sizes.put("members.locale", Columns.LOCALE);
    sizes.put("members.time_zone", Columns.TIME_ZONE);
    sizes.put("audit_log.subject", Columns.AUDIT_SUBJECT);
    sizes.put("audit_log.detail", Columns.AUDIT_DETAIL);
    sizes.put("content_items.url", Columns.URL);
    sizes.put("shares.post_url", Columns.URL);
    sizes.put("content_items.title", Columns.TITLE);
    sizes.put("content_items.summary", Columns.SUMMARY);
    sizes.put("content_tags.tag", Columns.TAG);
    sizes.put("caption_variants.text", Columns.LONG_TEXT);
    sizes.put("shares.text", Columns.LONG_TEXT);
    return sizes;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.sharewell.testing.DbEngine#available")
  void every_size_the_adapters_check_is_the_size_the_database_declares(DbEngine engine) {
    try (TestDatabase db = TestDatabase.open(engine)) {
      Map<String, Integer> actual = new LinkedHashMap<>();
      declared()
          .keySet()
          .forEach(
              column ->
                  actual.put(
                      column,
                      db.jdbi()
                          .withHandle(
                              h ->
                                  h.select(
                                          "SELECT character_maximum_length FROM"
                                              + " information_schema.columns WHERE table_schema ="
                                              + " CURRENT_SCHEMA AND table_name = ? AND"
                                              + " column_name = ?",
                                          column.split("\\.")[0],
                                          column.split("\\.")[1])
                                      .mapTo(Integer.class)
                                      .one())));

      assertThat(actual).isEqualTo(declared());
    }
  }

  @org.junit.jupiter.api.Test
  void a_cut_never_splits_a_surrogate_pair() {
    String emoji = "😀";

    assertThat(Columns.cut("ab" + emoji, 3)).isEqualTo("ab");
    assertThat(Columns.cut("ab" + emoji, 4)).isEqualTo("ab" + emoji);
    assertThat(Columns.cut("abcdef", 3)).isEqualTo("abc");
    assertThat(Columns.cut(null, 3)).isNull();
  }
}
