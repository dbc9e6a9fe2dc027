package dev.estodo.todo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TodoTableTest {
  @Test
  void a_list_becomes_aligned_columns_with_midnight_dates_shortened() {
    String json = """
        [ {
          "todo_id" : "aac35923-39b4-4c39-ad5d-f79d67bb2fb2",
          "title" : "Get to the chopper",
          "description" : "It's in the trees",
          "due_date" : "2017-01-01 00:00:00 UTC",
          "stakeholder_email" : "dillon@cia.gov"
        }, {
          "todo_id" : "0b341422-c516-4ee4-8f3e-ef1992dfff32",
          "title" : "2000 squats",
          "description" : null,
          "due_date" : "2017-07-13 10:30:00 UTC",
          "stakeholder_email" : null
        } ]""";

    String table = TodoTable.render(json);

    assertThat(table).isEqualTo("""
        ID                                    TITLE               DUE                      STAKEHOLDER     DESCRIPTION
        aac35923-39b4-4c39-ad5d-f79d67bb2fb2  Get to the chopper  2017-01-01               dillon@cia.gov  It's in the trees
        0b341422-c516-4ee4-8f3e-ef1992dfff32  2000 squats         2017-07-13 10:30:00 UTC
        """);
  }

  @Test
  void completed_todos_show_their_completion_date() {
    String json = """
        [{"todo_id":"aac35923-39b4-4c39-ad5d-f79d67bb2fb2","title":"I'll be back","description":null,
          "due_date":null,"stakeholder_email":null,"completed_on":"2017-07-13 00:00:00 UTC"}]""";

    String table = TodoTable.render(json);

    assertThat(table.lines()).containsExactly(
        "ID                                    TITLE         DUE  STAKEHOLDER  COMPLETED   DESCRIPTION",
        "aac35923-39b4-4c39-ad5d-f79d67bb2fb2  I'll be back                    2017-07-13");
  }

  @Test
  void long_text_is_cut_and_terminal_escapes_are_made_harmless() {
    String json = "[{\"todo_id\":\"aac35923-39b4-4c39-ad5d-f79d67bb2fb2\",\"title\":\"\\u001b[2JYou are terminated\","
        + "\"description\":\"" + "Come with me if you want to live. ".repeat(3) + "\"}]";

    String table = TodoTable.render(json);

    assertThat(table).doesNotContain("\u001b").contains(" [2JYou are terminated", "Come with me if you want to liv…");
  }

  @Test
  void an_empty_list_says_so_and_anything_but_a_list_is_shown_as_it_came() {

    assertThat(TodoTable.render("[ ]")).isEqualTo("  (none)");
    assertThat(TodoTable.render("Service Unavailable")).isEqualTo("Service Unavailable");
  }
}
