package dev.estodo.todo.web;

import dev.estodo.eventsourcing.Checkpoint;
import dev.estodo.eventsourcing.processing.CheckpointWatch;
import dev.estodo.eventsourcing.processing.ProcessorCheckpoints;
import dev.estodo.eventsourcing.processing.Projector;
import dev.estodo.todo.projections.ListsAt;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The lists' {@code ?at=}: the list as it was at that moment ({@link AtParameter}), answered by
 * {@link ListsAt} in the live list's shape, order and paging. A moment the projection has not
 * reached yet is waited for as {@code ?after=} waits (no request thread held; 503 past the wait).
 */
final class TimeTravelQueries {
  private final ListsAt lists;
  private final ProcessorCheckpoints checkpoints;
  private final CheckpointWatch watch;
  private final StoreHead head;
  private final Duration readWait;

  TimeTravelQueries(ListsAt lists, ProcessorCheckpoints checkpoints, CheckpointWatch watch, StoreHead head,
      Duration readWait) {
    this.lists = lists;
    this.checkpoints = checkpoints;
    this.watch = watch;
    this.head = head;
    this.readWait = readWait;
  }

  /** Answers {@code ctx} with the {@code page} of {@code projection}'s list at {@code at}. */
  void answer(Context ctx, Projector projection, AtParameter at, Page page) throws IOException {
    Checkpoint moment = at.resolve(lists, head);
    String name = projection.name();
    if (checkpoints.awaitPosition(List.of(name), moment.position(), Duration.ZERO)) {
      send(ctx, projection, moment, page);
      return;
    }
    CompletableFuture<Boolean> reached = watch.await(name, moment.position(), readWait);
    // set now: the server's after-handler, which sets it on every other answer, runs before this one is written
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.future(() -> reached.thenAcceptAsync(done -> {
      if (!done) {
        throw new ServiceUnavailableException("the " + name + " projection has not reached position "
            + moment.position() + " after " + readWait.toMillis() + " ms; try again later");
      }
      try {
        send(ctx, projection, moment, page);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }, WaitAnswers.EXECUTOR));
  }

  private void send(Context ctx, Projector projection, Checkpoint moment, Page page) throws IOException {
    JsonArrayResponse.send(ctx, sink -> lists.stream(projection, moment, page.offset(), page.limit(), sink));
  }
}
