package dev.estodo.todo.web;

import dev.estodo.eventsourcing.Checkpoint;
import dev.estodo.eventsourcing.EventStore;
import dev.estodo.eventsourcing.processing.ProcessorCheckpoints;
import dev.estodo.todo.WebLimits;
import io.javalin.Javalin;
import io.javalin.http.Context;
import jakarta.servlet.ServletOutputStream;
import java.io.IOException;
import java.util.Collection;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;

/**
 * {@code GET /events/stream}: Server-Sent Events, every stored event in the store's read order once
 * every projection has processed it, as {@code id: POSITION}, {@code event: TYPE} and {@code data:}
 * the event as its history shows it. It resumes after {@code Last-Event-ID} (or {@code ?after=}),
 * else starts after the last event the projections have processed. A stream holds no request
 * thread ({@link EventFanOut} writes to all of them); at most {@code maxStreams} are open, beyond
 * which 503. Its connection may stay silent for a heartbeat on top of the idle timeout.
 */
public final class EventStreamRoutes implements Routes, AutoCloseable {
  private final EventStore store;
  private final EventFanOut fanOut;
  private final WebLimits limits;
  private final Semaphore slots;

  /** Streams of {@code store}'s events once the {@code projections} have processed them, within {@code limits}. */
  public EventStreamRoutes(EventStore store, ProcessorCheckpoints checkpoints, Collection<String> projections,
      WebLimits limits) {
    this.store = store;
    this.fanOut = new EventFanOut(store, checkpoints, projections, limits.heartbeat());
    this.limits = limits;
    this.slots = new Semaphore(limits.maxStreams());
  }

  @Override
  public void addTo(Javalin app) {
    app.get("/events/stream", this::stream);
    app.events(events -> events.serverStopping(this::close));
  }

  /** How many streams are open now. */
  public int open() {
    return fanOut.open();
  }

  private void stream(Context ctx) throws IOException {
    Checkpoint start = start(ctx);
    if (!slots.tryAcquire()) {
      ctx.header("Retry-After", LoadAnswers.RETRY_AFTER_SECONDS);
      throw new ServiceUnavailableException("too many event streams open (" + limits.maxStreams() + ")");
    }
    try {
      open(ctx, start == null ? fanOut.frontier() : start);
    } catch (RuntimeException | IOException e) {
      slots.release();
      throw e;
    }
  }

  private void open(Context ctx, Checkpoint start) throws IOException {
    Request request = Request.getBaseRequest(ctx.req());
    Response response = request.getResponse();
    ctx.status(200).contentType("text/event-stream; charset=utf-8").header("Cache-Control", "no-cache")
        .header("X-Accel-Buffering", "no").header("X-Content-Type-Options", "nosniff");
    // A HEAD (which the routes see as GET) gets the stream's headers and ends: it has no body to follow.
    if (HttpMethod.HEAD.is(request.getMethod())) {
      slots.release();
      ctx.res().flushBuffer(); // committed without a length, as the GET's headers are
      return;
    }
    response.getHttpChannel().setIdleTimeout(limits.idleTimeout().plus(limits.heartbeat()).toMillis());
    ServletOutputStream out = ctx.res().getOutputStream();
    fanOut.start();
    ctx.future(() -> {
      StreamClient client = new StreamClient(response, out, start);
      out.setWriteListener(client);
      client.ended().whenComplete((done, error) -> slots.release());
      client.send(SseFrames.OPENED, null);
      fanOut.add(client);
      return client.ended().thenApply(done -> (Object) null).exceptionally(error -> null);
    });
  }

  // the place after the named position; null when none is named (start at the frontier)
  private Checkpoint start(Context ctx) {
    String lastEventId = ctx.header("Last-Event-ID");
    String after = QueryString.of(ctx).value("after").orElse(null);
    if (lastEventId != null) return placeAfter("Last-Event-ID", lastEventId);
    return after == null ? null : placeAfter("after", after);
  }

  private Checkpoint placeAfter(String name, String value) {
    long position = Page.number(name, value, 0, Long.MAX_VALUE, 0);
    if (position == 0) return Checkpoint.START;
    Checkpoint place = store.checkpointOf(position);
    if (place == null) throw new BadRequestException(name + " is invalid");
    return place;
  }

  /** Ends every open stream cleanly: before the server stops, so none is left to its idle timeout. */
  @Override
  public void close() {
    fanOut.close();
  }
}
