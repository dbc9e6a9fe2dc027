package dev.estodo.todo.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Many raw connections to one server, for the tests of clients that hold connections open: each
 * sends what it is given and no more, so a request can be left unfinished on purpose.
 */
final class RawClients implements AutoCloseable {
  private final List<Socket> sockets = new ArrayList<>();

  /** Opens {@code count} connections to 127.0.0.1:{@code port}, each sending {@code start}. */
  static RawClients open(int port, int count, String start) throws IOException {
    RawClients clients = new RawClients();
    try {
      for (int i = 0; i < count; i++) {
        Socket socket = new Socket("127.0.0.1", port);
        clients.sockets.add(socket);
        send(socket, start);
      }
      return clients;
    } catch (IOException | RuntimeException e) {
      clients.close();
      throw e;
    }
  }

  static void send(Socket socket, String text) throws IOException {
    socket.getOutputStream().write(text.getBytes(StandardCharsets.ISO_8859_1));
    socket.getOutputStream().flush();
  }

  List<Socket> sockets() {
    return sockets;
  }

  /** How many connections have been answered, or closed, so far: none should while they wait. */
  int answered() throws IOException {
    int answered = 0;
    for (Socket socket : sockets) {
      if (socket.getInputStream().available() > 0) answered++;
    }
    return answered;
  }

  /** What {@code socket} receives until the server closes it or {@code millis} pass. */
  static String read(Socket socket, int millis) throws IOException {
    socket.setSoTimeout(millis);
    StringBuilder text = new StringBuilder();
    InputStream in = socket.getInputStream();
    byte[] buffer = new byte[4096];
    try {
      for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
        text.append(new String(buffer, 0, n, StandardCharsets.ISO_8859_1));
      }
    } catch (SocketTimeoutException e) {
      // what came until now is the answer
    }
    return text.toString();
  }

  @Override
  public void close() {
    for (Socket socket : sockets) {
      try {
        socket.close();
      } catch (IOException e) {
        // closing a test's connection cannot fail in a way that matters
      }
    }
  }
}
