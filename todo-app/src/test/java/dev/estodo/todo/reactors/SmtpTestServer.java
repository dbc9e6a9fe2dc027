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
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Just enough of an SMTP server (RFC 5321) to receive mail in a test: EHLO/HELO, AUTH PLAIN and
 * LOGIN (any credentials, which it records), MAIL FROM, RCPT TO (refusing the recipients it is
 * told to refuse, with the reply given), DATA, RSET, NOOP, QUIT.
 */
final class SmtpTestServer implements AutoCloseable {
  /** One message as delivered: who logged in, the envelope, and the raw message text. */
  record Delivery(String user, String password, String from, List<String> to, String data) {}

  private final ServerSocket socket;
  private final BlockingQueue<Delivery> deliveries = new LinkedBlockingQueue<>();
  private final Map<String, String> refusals = new ConcurrentHashMap<>();
  private final Thread thread;

  SmtpTestServer() throws IOException {
    socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
    thread = new Thread(this::serve, "smtp-test-server");
    thread.setDaemon(true);
    thread.start();
  }

  /** Answers RCPT TO {@code recipient} with {@code reply} ("550 5.1.1 no such user"); null accepts it again. */
  void refuse(String recipient, String reply) {
    if (reply == null) {
      refusals.remove(recipient);
    } else {
      refusals.put(recipient, reply);
    }
  }

  int port() {
    return socket.getLocalPort();
  }

  /** The next delivery, waiting up to 30 s; null if none came. */
  Delivery nextDelivery() throws InterruptedException {
    return deliveries.poll(30, TimeUnit.SECONDS);
  }

  private void serve() {
    while (!socket.isClosed()) {
      try (Socket client = socket.accept()) {
        new SmtpConversation(client, deliveries, refusals).run();
      } catch (IOException e) {
        if (!socket.isClosed()) throw new UncheckedIOException(e);
      }
    }
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
