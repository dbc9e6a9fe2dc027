package dev.estodo.todo.web;

import dev.estodo.eventsourcing.Checkpoint;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import org.eclipse.jetty.server.Response;

/**
 * One open event stream: the frames handed to it wait in a buffer of its own and are written as
 * the client takes them, with servlet non-blocking writes, so neither a request thread nor the
 * follower ever waits on a client. A client whose buffer passes {@link #MAX_PENDING_BYTES} is
 * dropped (it reconnects with {@code Last-Event-ID}); {@link #ended()} completes when it ends.
 */
final class StreamClient implements WriteListener {
  /** Bytes waiting for a client before it counts as too slow and is dropped. */
  static final int MAX_PENDING_BYTES = 1 << 20;
  /** Below this the follower reads more for a client that is catching up. */
  static final int ROOM_BYTES = 64 * 1024;

  private final Response response;
  private final ServletOutputStream out;
  private final ArrayDeque<byte[]> queue = new ArrayDeque<>();
  private final CompletableFuture<Void> ended = new CompletableFuture<>();
  private volatile Checkpoint at;
  private long pending;
  private boolean unflushed;

  StreamClient(Response response, ServletOutputStream out, Checkpoint at) {
    this.response = response;
    this.out = out;
    this.at = at;
  }

  /** The last event handed to it (or where it started). */
  Checkpoint at() {
    return at;
  }

  /** Whether it has taken most of what it was given, so more may be read for it. */
  synchronized boolean hasRoom() {
    return pending < ROOM_BYTES;
  }

  /** Queues {@code frame} (the event at {@code checkpoint}, or null for a comment); drops the client if it is too far behind. */
  synchronized void send(byte[] frame, Checkpoint checkpoint) {
    if (ended.isDone()) return;
    if (pending > MAX_PENDING_BYTES) {
      drop(new IOException("the client's buffer is full"));
      return;
    }
    queue.add(frame);
    pending += frame.length;
    if (checkpoint != null) at = checkpoint;
    drain();
  }

  @Override
  public synchronized void onWritePossible() {
    drain();
  }

  @Override
  public void onError(Throwable failure) {
    ended.complete(null);
  }

  /** Ends the stream cleanly, as a server that stops does; what was queued is dropped. */
  synchronized void end() {
    queue.clear();
    ended.complete(null);
  }

  /** Completes when the stream has ended, for any reason. */
  CompletableFuture<Void> ended() {
    return ended;
  }

  // Non-blocking: each write or flush only once isReady says so; Jetty calls onWritePossible when it may go on.
  private void drain() {
    try {
      while (!ended.isDone() && out.isReady()) {
        byte[] next = queue.poll();
        if (next == null && !unflushed) return;
        if (next == null) {
          unflushed = false;
          out.flush();
        } else {
          pending -= next.length;
          unflushed = true;
          out.write(next);
        }
      }
    } catch (IOException e) {
      drop(e);
    }
  }

  // cut at once: a client that takes nothing would otherwise hold its connection until the idle timeout
  private void drop(IOException cause) {
    queue.clear();
    response.getHttpChannel().abort(cause);
    ended.complete(null);
  }
}
