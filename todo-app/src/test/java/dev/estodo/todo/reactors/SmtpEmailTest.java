package dev.estodo.todo.reactors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.estodo.todo.Environment;
import dev.estodo.todo.MailSettings;
import dev.estodo.todo.reactors.SmtpTestServer.Delivery;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class SmtpEmailTest {
  private static final String TERMINATED = "Your todo item You are terminated! has been completed!";
  private static final String CHOPPER_ID = "<todo-completed.3f0c4a52-7c1e-4b8e-9d4e-2000a2000b0b@estodo>";

  @Test
  void without_credentials_a_server_that_offers_no_starttls_gets_the_mail_in_plain_text() throws Exception {
    try (SmtpTestServer server = new SmtpTestServer()) {
      Email email = configured("smtp://127.0.0.1:" + server.port(), "estodo@example.com");

      email.send("the-governator@example.com", TERMINATED, CHOPPER_ID);

      Delivery delivery = server.nextDelivery();
      assertThat(delivery.user()).isNull();
      assertThat(delivery.from()).isEqualTo("estodo@example.com");
      assertThat(delivery.to()).containsExactly("the-governator@example.com");
      MimeMessage message = parse(delivery.data());
      assertThat(message.getSubject()).isEqualTo(TERMINATED);
      assertThat(message.getContent().toString().trim()).isEqualTo(TERMINATED);
      assertThat(message.getMessageID()).isEqualTo(CHOPPER_ID);
      assertThat(server.verbs()).doesNotContain("AUTH");
    }
  }

  @Test
  void an_unreachable_server_fails_naming_it_without_the_password() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    Email email = configured("smtp://arnold:secret@127.0.0.1:" + closedPort, "estodo@example.com");

    assertThatThrownBy(() -> email.send("the-governator@example.com", TERMINATED, CHOPPER_ID))
        .hasMessageContaining("Email to the-governator@example.com via smtp://127.0.0.1:" + closedPort + " failed")
        .hasMessageNotContaining("secret");
  }

  @Test
  void an_smtp_url_gives_host_port_and_credentials_with_port_25_by_default_and_465_for_smtps() {
    assertThat(SmtpUrl.parse("smtp://arnold:secret@mail.example.com:587"))
        .isEqualTo(new SmtpUrl("mail.example.com", 587, "arnold", "secret", false));
    assertThat(SmtpUrl.parse("smtp://mail.example.com")).isEqualTo(new SmtpUrl("mail.example.com", 25, null, null, false));
    assertThat(SmtpUrl.parse("smtps://arnold:secret@mail.example.com"))
        .isEqualTo(new SmtpUrl("mail.example.com", 465, "arnold", "secret", true));
    assertThat(SmtpUrl.parse("SMTPS://mail.example.com:2465").toString()).isEqualTo("smtps://mail.example.com:2465");
  }

  @Test
  void a_malformed_smtp_url_fails_naming_smtp_url_without_the_password() {
    for (String url : List.of("http://mail.example.com", "smtp://", "smtp://arnold:secret@mail.example.com:port",
        "smtp://mail.example.com/inbox", "mail.example.com", "smtp://arnold:secret@[bad")) {
      assertThatThrownBy(() -> SmtpUrl.parse(url)).as(url)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("SMTP_URL must ")
          .hasMessageContaining("as in smtp://user:pass@host:port, got: ")
          .hasMessageNotContaining("secret");
    }
  }

  @Test
  void the_default_sender_is_an_address() throws Exception {
    assertThat(SmtpEmail.sender("estodo@localhost").getAddress()).isEqualTo("estodo@localhost");
  }

  @Test
  void a_sender_that_is_not_an_address_fails_naming_email_from() {
    assertThatThrownBy(() -> SmtpEmail.sender("the governator"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("EMAIL_FROM must be an email address, got: the governator");
  }

  private static Email configured(String smtpUrl, String emailFrom) {
    return Email.configured(MailSettings.from(Environment.of(Map.of("SMTP_URL", smtpUrl, "EMAIL_FROM", emailFrom))));
  }

  private static MimeMessage parse(String data) throws Exception {
    Session session = Session.getInstance(new Properties());
    return new MimeMessage(session, new ByteArrayInputStream(data.getBytes(StandardCharsets.UTF_8)));
  }
}
