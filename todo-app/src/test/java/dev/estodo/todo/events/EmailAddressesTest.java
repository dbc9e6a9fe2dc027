package dev.estodo.todo.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressesTest {
  @ParameterizedTest
  @ValueSource(strings = {"the-governator@example.com", "dillon@cia.gov", "dutch+chopper@example.com",
      "john.matrix@commando.example", "o'brien@example.com", "arnie@localhost", "t-800@sky-net.example"})
  void plain_addresses_are_deliverable(String text) {
    assertThat(EmailAddresses.isDeliverable(text)).isTrue();
  }

  // The first six are the issue's: the API took them and the mail library refused them.
  @ParameterizedTest
  @ValueSource(strings = {"a,b@c.d", "a@b..c", "a@b.c.", ".a@b.c", "a@b.c;", "a@b.c\u200B",
      "a.@b.c", "a..b@c.d", "a@-b.c", "a@b-.c", "a@.b.c", "a@b_c.d", "\"a b\"@c.d", "a@[1.2.3.4]",
      "<a@b.c>", "Dutch <a@b.c>", "a@b.c (Dutch)", "a(x)@b.c", "a\\b@c.d", "a@b.c,d@e.f", "a@b.c:",
      "d\u00fctch@example.com", "dutch@ex\u00e4mple.com", "a@b.c\u00a0", "\u200Ba@b.c", "a@b@c", "arnie",
      "@example.com", "arnie@", " a@b.c", "a@b.c ", "a@b.c\n"})
  void what_the_mailer_cannot_deliver_to_is_not(String text) {
    assertThat(EmailAddresses.isDeliverable(text)).as(text).isFalse();
  }

  @Test
  void a_local_part_over_64_characters_or_an_address_over_254_is_not_deliverable() {
    String longDomain = ("b".repeat(62) + ".").repeat(4) + "com";

    assertThat(EmailAddresses.isDeliverable("a".repeat(64) + "@example.com")).isTrue();
    assertThat(EmailAddresses.isDeliverable("a".repeat(65) + "@example.com")).isFalse();
    assertThat(("a@" + longDomain).length()).isEqualTo(257);
    assertThat(EmailAddresses.isDeliverable("a@" + longDomain)).isFalse();
  }
}
