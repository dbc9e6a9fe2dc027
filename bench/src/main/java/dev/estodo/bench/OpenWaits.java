package dev.estodo.bench;

import dev.estodo.eventsourcing.processing.CheckpointWatch;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Connections each holding one {@code ?after=} wait open on a server whose projection never gets there. */
final class OpenWaits implements AutoCloseable {
  private static final long OPEN_LIMIT_NANOS = 60_000_000_000L;

  private final List<Socket> sockets = new ArrayList<>();
  private final CheckpointWatch watch;
  private final int count;

  private OpenWaits(CheckpointWatch watch, int count) {
    this.watch = watch;
    this.count = count;
  }

  /** Opens {@code count} waits for {@code position} and returns once the server holds them all. */
  static OpenWaits open(int port, long position, int count, CheckpointWatch watch) throws Exception {
    OpenWaits waits = new OpenWaits(watch, count);
    byte[] request = ("GET /todos/outstanding?after=" + position + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        .getBytes(StandardCharsets.US_ASCII);
    try {
      for (int i = 0; i < count; i++) {
        Socket socket = new Socket("127.0.0.1", port);
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

  private void awaitHeld() throws InterruptedException {
    long deadline = System.nanoTime() + OPEN_LIMIT_NANOS;
    while (watch.open() < count) {
      if (System.nanoTime() > deadline) throw new IllegalStateException(watch.open() + " of " + count + " waits open");
      Thread.sleep(10);
    }
  }

  /** Fails if a wait was answered (ended) while the bench measured with them open. */
  void checkStillOpen() throws IOException {
    if (watch.open() < count) throw new IllegalStateException("only " + watch.open() + " of " + count + " waits open");
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
