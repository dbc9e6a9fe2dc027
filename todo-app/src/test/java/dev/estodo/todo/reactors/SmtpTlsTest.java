package dev.estodo.todo.reactors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.estodo.todo.reactors.SmtpTestServer.Delivery;
import org.junit.jupiter.api.Test;

/** Credentials cross only TLS: STARTTLS required, or smtps; a server without it gets no login. */
class SmtpTlsTest {
  private static final String TERMINATED = "Your todo item You are terminated! has been completed!";
  private static final String MESSAGE_ID = "<todo-completed.3f0c4a52-7c1e-4b8e-9d4e-2000a2000b0b@estodo>";

  @Test
  void with_credentials_the_mail_and_the_login_go_over_starttls() throws Exception {
    try (SmtpTestServer server = SmtpTestServer.offeringStartTls(TestTls.server())) {
      Email email = trusting("smtp://arnold:get%40to+the%3Achopper@127.0.0.1:" + server.port());

      email.send("the-governator@example.com", TERMINATED, MESSAGE_ID);

      Delivery delivery = server.nextDelivery();
      assertThat(delivery.tls()).isTrue();
      assertThat(delivery.user()).isEqualTo("arnold");
      assertThat(delivery.password()).isEqualTo("get@to+the:chopper");
      assertThat(delivery.to()).containsExactly("the-governator@example.com");
      assertThat(server.verbs()).containsSubsequence("EHLO", "STARTTLS", "EHLO", "AUTH", "MAIL");
    }
  }

  @Test
  void with_credentials_a_server_that_offers_no_starttls_is_refused_before_any_login() throws Exception {
    try (SmtpTestServer server = new SmtpTestServer()) {
      Email email = trusting("smtp://arnold:secret@127.0.0.1:" + server.port());

      assertThatThrownBy(() -> email.send("the-governator@example.com", TERMINATED, MESSAGE_ID))
          .hasMessageContaining("Email to the-governator@example.com via smtp://127.0.0.1:" + server.port() + " failed")
          .hasMessageContaining("STARTTLS is required but host does not support STARTTLS")
          .hasMessageNotContaining("secret");

      assertThat(server.verbs()).contains("EHLO").doesNotContain("AUTH", "MAIL", "DATA");
    }
  }

  @Test
  void an_smtps_url_speaks_tls_from_the_first_byte() throws Exception {
    try (SmtpTestServer server = SmtpTestServer.implicitTls(TestTls.server())) {
      Email email = trusting("smtps://arnold:secret@127.0.0.1:" + server.port());

      email.send("the-governator@example.com", TERMINATED, MESSAGE_ID);

      Delivery delivery = server.nextDelivery();
      assertThat(delivery.tls()).isTrue();
      assertThat(delivery.user()).isEqualTo("arnold");
      assertThat(server.verbs()).doesNotContain("STARTTLS");
    }
  }

  @Test
  void a_certificate_the_jvm_does_not_trust_is_refused_before_any_login() throws Exception {
    try (SmtpTestServer server = SmtpTestServer.offeringStartTls(TestTls.server())) {
      Email email = new SmtpEmail(SmtpUrl.parse("smtp://arnold:secret@127.0.0.1:" + server.port()),
          SmtpEmail.sender("estodo@example.com"));

      assertThatThrownBy(() -> email.send("the-governator@example.com", TERMINATED, MESSAGE_ID))
          .hasMessageContaining("Email to the-governator@example.com via smtp://127.0.0.1:" + server.port() + " failed");

      assertThat(server.verbs()).doesNotContain("AUTH", "MAIL");
    }
  }

  private static Email trusting(String smtpUrl) throws Exception {
    return new SmtpEmail(SmtpUrl.parse(smtpUrl), SmtpEmail.sender("estodo@example.com"),
        TestTls.client().getSocketFactory());
  }
}
