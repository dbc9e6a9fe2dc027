package dev.estodo.todo.reactors;

import dev.estodo.todo.reactors.SmtpTestServer.Delivery;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/** One client's session with the {@link SmtpTestServer}: commands in, replies out, deliveries recorded. */
final class SmtpConversation {
  private final Socket client;
  private final SSLContext startTls;
  private final Consumer<String> verbs;
  private final Consumer<Delivery> deliveries;
  private final Map<String, String> refusals;
  private BufferedReader in;
  private OutputStream out;
  private SSLSocket upgraded;
  private String user;
  private String password;
  private String from;
  private List<String> to = new ArrayList<>();

  SmtpConversation(Socket client, SSLContext startTls, Consumer<String> verbs, Consumer<Delivery> deliveries,
      Map<String, String> refusals) throws IOException {
    this.client = client;
    this.startTls = startTls;
    this.verbs = verbs;
    this.deliveries = deliveries;
    this.refusals = refusals;
    talkOver(client);
  }

  void run() throws IOException {
    reply("220 localhost ESMTP test server");
    for (String line; (line = in.readLine()) != null; ) {
      String verb = line.split(" ", 2)[0].toUpperCase();
      verbs.accept(verb);
      if (verb.equals("QUIT")) {
        reply("221 Bye");
        return;
      }
      answer(verb, line);
    }
  }

  private void answer(String verb, String line) throws IOException {
    if (verb.equals("EHLO")) {
      reply("250-localhost\r\n" + (offersStartTls() ? "250-STARTTLS\r\n" : "") + "250 AUTH PLAIN LOGIN");
    } else if (verb.equals("STARTTLS") && offersStartTls()) {
      reply("220 Ready to start TLS");
      upgrade();
    } else if (verb.equals("AUTH")) {
      authenticate(line.split(" "));
    } else if (verb.equals("MAIL")) {
      from = address(line);
      reply("250 OK");
    } else if (verb.equals("RCPT")) {
      recipient(address(line));
    } else if (verb.equals("DATA")) {
      reply("354 End data with <CR><LF>.<CR><LF>");
      deliveries.accept(new Delivery(user, password, from, List.copyOf(to), data(), tls()));
      to = new ArrayList<>();
      reply("250 OK: queued");
    } else if (verb.equals("HELO") || verb.equals("RSET") || verb.equals("NOOP")) {
      reply("250 OK");
    } else {
      reply("502 Command not implemented");
    }
  }

  private void recipient(String address) throws IOException {
    String refusal = refusals.get(address);
    if (refusal == null) {
      to.add(address);
    }
    reply(refusal == null ? "250 OK" : refusal);
  }

  private boolean offersStartTls() {
    return startTls != null && !tls();
  }

  private boolean tls() {
    return client instanceof SSLSocket || upgraded != null;
  }

  private void upgrade() throws IOException {
    upgraded = (SSLSocket) startTls.getSocketFactory().createSocket(client, null, client.getPort(), false);
    upgraded.setUseClientMode(false);
    upgraded.startHandshake();
    talkOver(upgraded);
  }

  private void talkOver(Socket socket) throws IOException {
    in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
    out = socket.getOutputStream();
  }

  private void authenticate(String[] words) throws IOException {
    if (words[1].equalsIgnoreCase("PLAIN")) {
      String[] parts = decode(words.length > 2 ? words[2] : prompt("")).split("\0", -1);
      user = parts[1];
      password = parts[2];
    } else {
      user = decode(words.length > 2 ? words[2] : prompt("VXNlcm5hbWU6"));
      password = decode(prompt("UGFzc3dvcmQ6"));
    }
    reply("235 2.7.0 Authentication successful");
  }

  private String prompt(String challenge) throws IOException {
    reply("334 " + challenge);
    return in.readLine();
  }

  private String data() throws IOException {
    StringBuilder data = new StringBuilder();
    for (String line; !(line = in.readLine()).equals("."); ) {
      data.append(line.startsWith("..") ? line.substring(1) : line).append("\r\n");
    }
    return data.toString();
  }

  private void reply(String text) throws IOException {
    out.write((text + "\r\n").getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  private static String address(String line) {
    return line.substring(line.indexOf('<') + 1, line.indexOf('>'));
  }

  private static String decode(String base64) {
    return new String(Base64.getDecoder().decode(base64.trim()), StandardCharsets.UTF_8);
  }
}
