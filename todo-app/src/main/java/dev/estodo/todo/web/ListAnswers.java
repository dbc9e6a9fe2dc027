package dev.estodo.todo.web;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.estodo.eventsourcing.Checkpoint;
import dev.estodo.eventsourcing.processing.ProcessorCheckpoints;
import io.javalin.http.Context;
import java.io.IOException;
import org.eclipse.jetty.server.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * List answers served from what is known: a list changes only when its projection's checkpoint
 * moves, so one page of it rendered at a checkpoint is kept ({@link ListCache}) and sent again, with
 * an {@code ETag} naming the checkpoint and the page, while the checkpoint stands; a request whose
 * {@code If-None-Match} names the tag gets 304 and no body. The checkpoint is read from the database
 * on every request (one indexed row), so an answer is never older than the checkpoint committed when
 * the request was read, whichever process runs the projector. An answer is kept only if the
 * checkpoint read after rendering it is the one read before (the projector commits its rows and its
 * checkpoint together), and one larger than the cache allows (an eighth of it) is streamed without a
 * tag. Concurrent requests missing the same tag wait for one of them to render it.
 */
final class ListAnswers {
  private static final Logger log = LoggerFactory.getLogger(ListAnswers.class);

  private final ProcessorCheckpoints checkpoints;
  private final ListCache cache;

  /** Answers keeping up to {@code maxBytes} of them; 0 streams every answer as it is read, with no tag, as before. */
  ListAnswers(ProcessorCheckpoints checkpoints, long maxBytes) {
    this.checkpoints = checkpoints;
    this.cache = new ListCache(maxBytes);
  }

  /** Answers the page {@code rows} passes of the list {@code projection} keeps. */
  void send(Context ctx, String projection, Page page, JsonArrayResponse.Rows rows) throws IOException {
    if (!cache.enabled()) {
      JsonArrayResponse.send(ctx, rows);
      return;
    }
    Checkpoint before = checkpoints.of(projection);
    String tag = EntityTags.of(before, page);
    if (EntityTags.matches(ctx.header("If-None-Match"), tag)) {
      ctx.status(304).header("ETag", tag);
      return;
    }
    byte[] body = cache.get(projection, tag);
    if (body == null) {
      ListCache.Render render = cache.render(projection, tag);
      body = render.ours() ? renderClaimed(ctx, projection, before, render, rows) : render.await();
      // the other request's answer was not kept (too large, moved, failed): render it here, as before
      if (!render.ours() && body == null) body = renderFresh(ctx, projection, before, rows, () -> {});
      if (body == null) return;
    }
    ctx.header("ETag", tag);
    start(ctx).result(body);
  }

  /** Renders the answer this request claimed, and lets the requests waiting for it have it or not. */
  private byte[] renderClaimed(Context ctx, String projection, Checkpoint before, ListCache.Render render,
      JsonArrayResponse.Rows rows) throws IOException {
    byte[] kept = null;
    try {
      // an answer too large to keep is streamed to this client at its pace: the waiters go their own way at once
      kept = renderFresh(ctx, projection, before, rows, () -> render.done(null));
      return kept;
    } finally {
      render.done(kept);
    }
  }

  /**
   * The answer rendered at {@code before}, to be sent with its tag; or null when it was sent already:
   * streamed for its size, or sent without a tag since the checkpoint moved while it was read.
   */
  private byte[] renderFresh(Context ctx, String projection, Checkpoint before, JsonArrayResponse.Rows rows,
      Runnable spilling) throws IOException {
    byte[] body = render(ctx, rows, spilling);
    if (body == null) return null;
    if (checkpoints.of(projection).equals(before)) return body;
    start(ctx).result(body);
    return null;
  }

  /** The rendered answer, or null when it outgrew the cache and was streamed instead ({@code spilling} runs first). */
  private byte[] render(Context ctx, JsonArrayResponse.Rows rows, Runnable spilling) throws IOException {
    SpillingBuffer out = new SpillingBuffer(cache.largestAnswer(), () -> {
      spilling.run();
      return start(ctx).outputStream();
    });
    try {
      JsonGenerator json = PrettyJson.generator(out);
      json.writeStartArray();
      rows.writeTo(json::writeObject);
      json.writeEndArray();
      json.close();
    } catch (IOException | RuntimeException e) {
      if (!out.spilled()) throw e;
      // as for any streamed answer: after its first byte, only cutting it off is honest
      log.warn("{} {} failed after its answer began: {}", ctx.method(), ctx.path(), e.toString());
      if (ctx.res() instanceof Response jetty) jetty.getHttpChannel().abort(e);
      return null;
    }
    return out.spilled() ? null : out.kept();
  }

  private static Context start(Context ctx) {
    return ctx.status(200).contentType("application/json").header("X-Content-Type-Options", "nosniff");
  }
}
