package dev.estodo.bench;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Connections each holding one {@code ?after=} wait open on a server whose projection never gets
 * there; the server's {@code estodo_waits_open} gauge says how many it holds.
 */
final class OpenWaits implements AutoCloseable {
  private static final long OPEN_LIMIT_NANOS = 60_000_000_000L;

  private final List<Socket> sockets = new ArrayList<>();
  private final EstodoProcess server;
  private final int count;

  private OpenWaits(EstodoProcess server, int count) {
    this.server = server;
    this.count = count;
  }

  /** Opens {@code count} waits for {@code position} and returns once the server holds them all. */
  static OpenWaits open(EstodoProcess server, long position, int count) throws Exception {
    OpenWaits waits = new OpenWaits(server, count);
    byte[] request = ("GET /todos/outstanding?after=" + position + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        .getBytes(StandardCharsets.US_ASCII);
    try {
      for (int i = 0; i < count; i++) {
        Socket socket = new Socket("127.0.0.1", server.uri("/").getPort());
        waits.sockets.add(socket);
        socket.getOutputStream().write(request);
      }
      waits.awaitHeld();
      return waits;
    } catch (Exception e) {
      waits.close();
      throw e;
    }
  }

  private void awaitHeld() throws Exception {
    long deadline = System.nanoTime() + OPEN_LIMIT_NANOS;
    while (open() < count) {
      if (System.nanoTime() > deadline) throw new IllegalStateException(open() + " of " + count + " waits open");
      Thread.sleep(50);
    }
  }

  private long open() throws Exception {
    return (long) server.gauge("estodo_waits_open");
  }

  /** Fails if a wait was answered (ended) while the bench measured with them open. */
  void checkStillOpen() throws Exception {
    if (open() < count) throw new IllegalStateException("only " + open() + " of " + count + " waits open");
    for (Socket socket : sockets) {
      if (socket.getInputStream().available() > 0) throw new IllegalStateException("a wait was answered early");
    }
  }

  @Override
  public void close() {
    for (Socket socket : sockets) {
      try {
        socket.close();
      } catch (IOException e) {
        // the bench is done with it either way
      }
    }
  }
}
