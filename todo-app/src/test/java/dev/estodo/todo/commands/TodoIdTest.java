package dev.estodo.todo.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TodoIdTest {
  @ParameterizedTest
  @ValueSource(strings = {"3f2504e0-4f89-11d3-9a0c-0305e82c3301", "3F2504E0-4F89-11D3-9A0C-0305E82C3301"})
  void a_canonical_uuid_in_either_case_is_an_id(String text) {
    assertThat(TodoId.parse(text)).isEqualTo(UUID.fromString("3f2504e0-4f89-11d3-9a0c-0305e82c3301"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "1-2-3-4-5", "3f2504e04f8911d39a0c0305e82c3301", "{3f2504e0-4f89-11d3-9a0c-0305e82c3301}",
      "3f2504e0-4f89-11d3-9a0c-0305e82c3301 ", "3f2504e0-4f89-11d3-9a0c-0305e82c330g", "'; DROP TABLE events; --"})
  void anything_else_is_invalid(String text) {
    assertThatThrownBy(() -> TodoId.parse(text)).isInstanceOf(InvalidCommandException.class).hasMessage("todo_id is invalid");
  }
}
