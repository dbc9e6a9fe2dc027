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
 * checkpoint together), and one larger than the cache allows is streamed without a tag.
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
      body = render(ctx, rows);
      if (body == null) return;
      if (!checkpoints.of(projection).equals(before)) tag = null;
      if (tag != null) cache.put(projection, tag, body);
    }
    if (tag != null) ctx.header("ETag", tag);
    start(ctx).result(body);
  }

  /** The rendered answer, or null when it outgrew the cache and was streamed instead. */
  private byte[] render(Context ctx, JsonArrayResponse.Rows rows) throws IOException {
    SpillingBuffer out = new SpillingBuffer(cache.largestAnswer(), () -> start(ctx).outputStream());
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
