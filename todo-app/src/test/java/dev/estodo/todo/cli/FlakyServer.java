package dev.estodo.todo.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * A server that answers each connection with the next of its scripted answers, where {@code null}
 * drops the connection without a word, and remembers every request's Idempotency-Key.
 */
final class FlakyServer implements AutoCloseable {
  private final ServerSocket socket;
  private final List<String> answers;
  private final List<String> keys = Collections.synchronizedList(new ArrayList<>());
  private final Thread thread;

  FlakyServer(String... answers) throws IOException {
    this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    this.answers = Arrays.asList(answers.clone());
    this.thread = new Thread(this::serve, "flaky-server");
    thread.setDaemon(true);
    thread.start();
  }

  /** {@code status} with an empty body, or with {@code text}. */
  static String answer(int status, String text) {
    return "HTTP/1.1 " + status + " Scripted\r\nTodo-Position: 7\r\nContent-Type: text/plain\r\nConnection: close\r\n"
        + "Content-Length: " + text.length() + "\r\n\r\n" + text;
  }

  URI uri() {
    return URI.create("http://127.0.0.1:" + socket.getLocalPort());
  }

  /** The Idempotency-Key of every request, in the order they came. */
  List<String> keys() {
    return List.copyOf(keys);
  }

  private void serve() {
    for (String answer : answers) {
      try (Socket connection = socket.accept()) {
        readRequest(connection);
        if (answer != null) {
          OutputStream out = connection.getOutputStream();
          out.write(answer.getBytes(StandardCharsets.UTF_8));
          out.flush();
        }
      } catch (IOException e) {
        if (socket.isClosed()) return;
        throw new UncheckedIOException(e);
      }
    }
  }

  private void readRequest(Socket connection) throws IOException {
    var in = new BufferedReader(new InputStreamReader(connection.getInputStream(), StandardCharsets.ISO_8859_1));
    int length = 0;
    for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
      String lower = line.toLowerCase(Locale.ROOT);
      if (lower.startsWith("idempotency-key:")) keys.add(line.substring(16).trim());
      if (lower.startsWith("content-length:")) length = Integer.parseInt(line.substring(15).trim());
    }
    in.skip(length);
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
