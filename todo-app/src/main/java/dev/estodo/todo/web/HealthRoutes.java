package dev.estodo.todo.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.estodo.eventsourcing.processing.ProcessorCheckpoints;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.List;

/**
 * {@code GET /health}: the store's last position and where each processor stands, read from the
 * database, so any web process can tell how far behind the processors are, wherever they run.
 */
public final class HealthRoutes implements Routes {
  private final StoreHead head;
  private final ProcessorCheckpoints checkpoints;
  private final List<String> processors;

  /** Reports {@code head} and the checkpoints of {@code processors}. */
  public HealthRoutes(StoreHead head, ProcessorCheckpoints checkpoints, List<String> processors) {
    this.head = head;
    this.checkpoints = checkpoints;
    this.processors = List.copyOf(processors);
  }

  /**
   * The answer. {@code behind} is the head's position minus the processor's: a rough lag, since
   * positions follow insert order rather than commit order and rolled-back appends leave gaps.
   */
  record Health(@JsonProperty("head") long head, @JsonProperty("processors") List<Processor> processors) {}

  record Processor(
      @JsonProperty("name") String name, @JsonProperty("position") long position, @JsonProperty("behind") long behind) {}

  @Override
  public void addTo(Javalin app) {
    app.get("/health", this::answer);
  }

  private void answer(Context ctx) throws JsonProcessingException {
    long head = this.head.position();
    List<Processor> standing = processors.stream().map(name -> {
      long position = checkpoints.of(name).position();
      return new Processor(name, position, Math.max(0, head - position));
    }).toList();
    ctx.contentType("application/json").result(PrettyJson.write(new Health(head, standing)));
  }
}
