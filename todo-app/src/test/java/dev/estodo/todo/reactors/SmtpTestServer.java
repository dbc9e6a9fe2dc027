package dev.estodo.todo.reactors;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;

/**
 * Just enough of an SMTP server (RFC 5321) to receive mail in a test: EHLO/HELO, AUTH PLAIN and
 * LOGIN (any credentials, which it records), MAIL FROM, RCPT TO, DATA, RSET, NOOP, QUIT; STARTTLS
 * (RFC 3207) or TLS from the first byte when made with {@link #offeringStartTls} or {@link #implicitTls};
 * RCPT TO refuses the recipients it is told to refuse, with the reply given.
 */
final class SmtpTestServer implements AutoCloseable {
  /** One message as delivered: who logged in, the envelope, the raw message text, and whether TLS carried it. */
  record Delivery(String user, String password, String from, List<String> to, String data, boolean tls) {}

  private final ServerSocket socket;
  private final SSLContext startTls;
  final BlockingQueue<Delivery> deliveries = new LinkedBlockingQueue<>(); // what came and was not taken yet
  private final List<String> verbs = new CopyOnWriteArrayList<>();
  private final Map<String, String> refusals = new ConcurrentHashMap<>();

  /** A plain server that offers no STARTTLS, as a network attacker who strips it would show. */
  SmtpTestServer() throws IOException {
    this(new ServerSocket(0, 10, InetAddress.getLoopbackAddress()), null);
  }

  private SmtpTestServer(ServerSocket socket, SSLContext startTls) {
    this.socket = socket;
    this.startTls = startTls;
    Thread thread = new Thread(this::serve, "smtp-test-server");
    thread.setDaemon(true);
    thread.start();
  }

  /** A server that offers STARTTLS with the certificate in {@code tls}. */
  static SmtpTestServer offeringStartTls(SSLContext tls) throws IOException {
    return new SmtpTestServer(new ServerSocket(0, 10, InetAddress.getLoopbackAddress()), tls);
  }

  /** A server that speaks TLS from the first byte (smtps), with the certificate in {@code tls}. */
  static SmtpTestServer implicitTls(SSLContext tls) throws IOException {
    return new SmtpTestServer(tls.getServerSocketFactory().createServerSocket(0, 10, InetAddress.getLoopbackAddress()), null);
  }

  int port() {
    return socket.getLocalPort();
  }

  /** Answers RCPT TO {@code recipient} with {@code reply} ("550 5.1.1 no such user"); null accepts it again. */
  void refuse(String recipient, String reply) {
    if (reply == null) {
      refusals.remove(recipient);
    } else {
      refusals.put(recipient, reply);
    }
  }

  /** The next delivery, waiting up to 30 s; null if none came. */
  Delivery nextDelivery() throws InterruptedException {
    return deliveries.poll(30, TimeUnit.SECONDS);
  }

  /** The verbs clients sent so far (EHLO, STARTTLS, AUTH, ...), in order. */
  List<String> verbs() {
    return List.copyOf(verbs);
  }

  private void serve() {
    for (Socket client; (client = accept()) != null; ) {
      converse(client);
    }
  }

  private void converse(Socket client) {
    try (client) {
      new SmtpConversation(client, startTls, verbs::add, deliveries::add, refusals).run();
    } catch (IOException e) {
      // a client that breaks off (refusing the certificate, say) ends only its own conversation
    }
  }

  private Socket accept() {
    try {
      return socket.accept();
    } catch (IOException e) {
      if (socket.isClosed()) return null;
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
