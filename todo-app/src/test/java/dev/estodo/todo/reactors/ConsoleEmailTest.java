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
  void without_an_smtp_url_email_goes_to_the_console() {
    assertThat(Email.configured(MailSettings.from(Environment.of(Map.of())))).isInstanceOf(ConsoleEmail.class);
  }
}
