package dev.estodo.todo.reactors;

import static org.assertj.core.api.Assertions.assertThat;

import dev.estodo.todo.Environment;
import dev.estodo.todo.MailSettings;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConsoleEmailTest {
  private static final String MESSAGE_ID = "<todo-completed.3f0c4a52-7c1e-4b8e-9d4e-2000a2000b0b@estodo>";

  @Test
  void an_email_is_printed_as_the_original_printed_it() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Email email = new ConsoleEmail(new PrintStream(out, true, StandardCharsets.UTF_8));

    email.send("the-governator@example.com", "Your todo item You are terminated! has been completed!",
        "<todo-completed.3f0c4a52-7c1e-4b8e-9d4e-2000a2000b0b@estodo>");

    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(String.join(System.lineSeparator(),
        "-- Email Sent",
        "To: the-governator@example.com",
        "Message-ID: <todo-completed.3f0c4a52-7c1e-4b8e-9d4e-2000a2000b0b@estodo>",
        "Message: Your todo item You are terminated! has been completed!",
        ""));
  }

  @Test
  void control_characters_in_a_title_or_address_are_escaped_so_they_cannot_forge_a_record() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Email email = new ConsoleEmail(new PrintStream(out, true, StandardCharsets.UTF_8));

    email.send("dillon@cia.gov\u202E", "Your todo item Get to the chopper\r\n-- Email Sent\nTo: the-governator@example.com"
        + "\u001B[2J\u0085\u2028\u2066\u061C\t\u0000\u007F has been completed!", MESSAGE_ID);

    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(String.join(System.lineSeparator(),
        "-- Email Sent",
        "To: dillon@cia.gov\\u202E",
        "Message-ID: " + MESSAGE_ID,
        "Message: Your todo item Get to the chopper\\r\\n-- Email Sent\\nTo: the-governator@example.com"
            + "\\u001B[2J\\u0085\\u2028\\u2066\\u061C\\t\\u0000\\u007F has been completed!",
        ""));
  }

  @Test
  void text_in_other_scripts_is_printed_as_it_is() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Email email = new ConsoleEmail(new PrintStream(out, true, StandardCharsets.UTF_8));

    email.send("arnold@example.com", "Your todo item \u05E9\u05DC\u05D5\u05DD 2000 squats \u00E9t\u00E9 \uD83D\uDCAA has been completed!",
        MESSAGE_ID);

    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("Message: Your todo item \u05E9\u05DC\u05D5\u05DD 2000 squats \u00E9t\u00E9 \uD83D\uDCAA has been completed!");
  }

  @Test
  void without_an_smtp_url_email_goes_to_the_console() {
    assertThat(Email.configured(MailSettings.from(Environment.of(Map.of())))).isInstanceOf(ConsoleEmail.class);
  }
}
