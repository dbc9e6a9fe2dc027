package dev.estodo.todo.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IdempotencyKeyTest {
  @Test
  void a_quoted_key_is_the_text_between_the_quotes_with_its_escapes_undone() {
    assertThat(IdempotencyKey.parse("\"8e03978e-40d5-43e8-bc93-6894a57f9324\"").value())
        .isEqualTo("8e03978e-40d5-43e8-bc93-6894a57f9324");
    assertThat(IdempotencyKey.parse("\"Get to the \\\"chopper\\\" \\\\ now\"").value())
        .isEqualTo("Get to the \"chopper\" \\ now");
  }

  @Test
  void a_bare_token_is_its_own_key() {
    assertThat(IdempotencyKey.parse("2000-squats:leg/day").value()).isEqualTo("2000-squats:leg/day");
  }

  @Test
  void a_key_of_255_characters_is_taken_and_one_of_256_is_not() {
    assertThat(IdempotencyKey.parse("k".repeat(255)).value()).hasSize(255);
    assertThat(IdempotencyKey.parse("\"" + "k".repeat(255) + "\"").value()).hasSize(255);

    assertThatThrownBy(() -> IdempotencyKey.parse("k".repeat(256))).isInstanceOf(BadRequestException.class)
        .hasMessage("Idempotency-Key is invalid");
    assertThatThrownBy(() -> IdempotencyKey.parse("\"" + "k".repeat(256) + "\"")).isInstanceOf(BadRequestException.class);
  }

  @Test
  void an_escape_of_anything_but_a_quote_or_a_backslash_is_malformed() {
    assertThatThrownBy(() -> IdempotencyKey.parse("\"chopper\\n\"")).isInstanceOf(BadRequestException.class);
    assertThatThrownBy(() -> IdempotencyKey.parse("\"trailing\\\"")).isInstanceOf(BadRequestException.class);
    assertThatThrownBy(() -> IdempotencyKey.parse("schwarzenegger\u00e9")).isInstanceOf(BadRequestException.class);
  }
}
