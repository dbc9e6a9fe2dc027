package dev.estodo.todo.reactors;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.estodo.eventsourcing.processing.PermanentReactionFailure;
import dev.estodo.todo.Environment;
import dev.estodo.todo.MailSettings;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which failed sends are for good (the notifier parks the event) and which are worth retrying. */
class SmtpFailuresTest {
  private static final String TERMINATED = "Your todo item You are terminated! has been completed!";
  private static final String MESSAGE_ID = "<todo-completed.3f0c4a52-7c1e-4b8e-9d4e-2000a2000b0b@estodo>";

  @Test
  void a_recipient_the_server_refuses_with_a_5xx_is_a_permanent_failure() throws Exception {
    try (SmtpTestServer server = new SmtpTestServer()) {
      server.refuse("dillon@cia.gov", "550 5.1.1 dillon@cia.gov: no such user");

      assertThatThrownBy(() -> smtp(server.port()).send("dillon@cia.gov", TERMINATED, MESSAGE_ID))
          .isInstanceOf(PermanentReactionFailure.class)
          .hasMessageContaining("Email to dillon@cia.gov via smtp://127.0.0.1:" + server.port() + " failed");
    }
  }

  @Test
  void a_recipient_the_server_defers_with_a_4xx_is_a_transient_failure() throws Exception {
    try (SmtpTestServer server = new SmtpTestServer()) {
      server.refuse("dillon@cia.gov", "451 4.3.0 try again later");

      assertThatThrownBy(() -> smtp(server.port()).send("dillon@cia.gov", TERMINATED, MESSAGE_ID))
          .isInstanceOf(IllegalStateException.class)
          .isNotInstanceOf(PermanentReactionFailure.class);
    }
  }

  @Test
  void a_server_that_refuses_the_connection_is_a_transient_failure() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }

    assertThatThrownBy(() -> smtp(closedPort).send("the-governator@example.com", TERMINATED, MESSAGE_ID))
        .isInstanceOf(IllegalStateException.class)
        .isNotInstanceOf(PermanentReactionFailure.class);
  }

  @Test
  void an_address_the_mailer_cannot_deliver_to_is_a_permanent_failure_before_any_connection() {
    assertThatThrownBy(() -> smtp(1).send("a@b.c;", TERMINATED, MESSAGE_ID))
        .isInstanceOf(PermanentReactionFailure.class)
        .hasMessage("Email to a@b.c;: not an address to deliver to");
  }

  private static Email smtp(int port) {
    return Email.configured(MailSettings.from(Environment.of(Map.of("SMTP_URL", "smtp://127.0.0.1:" + port))));
  }
}
