package dev.estodo.todo.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.estodo.eventsourcing.Checkpoint;
import dev.estodo.eventsourcing.EventStoreException;
import dev.estodo.eventsourcing.processing.ProcessorCheckpoints;
import dev.estodo.todo.HealthSettings;
import dev.estodo.todo.web.HealthReport.Failing;
import dev.estodo.todo.web.HealthReport.Health;
import dev.estodo.todo.web.HealthReport.HeldBack;
import dev.estodo.todo.web.HealthReport.Processor;
import dev.estodo.todo.web.HealthQueries.Lag;
import dev.estodo.todo.web.HealthQueries.Lease;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * {@code GET /health}: the store's head and, per processor, where it stands, its lag, who runs it,
 * what keeps it failing and what it parked, all read from the database, so any web process tells
 * the truth about processors wherever they run. 503 when one has failed for too long or has had no
 * active instance for over twice the lease, so a load balancer or an orchestrator can act.
 */
public final class HealthRoutes implements Routes {
  private static final double HELD_BACK_SECONDS = 1.0;

  private final DataSource dataSource;
  private final StoreHead head;
  private final ProcessorCheckpoints checkpoints;
  private final List<String> processors;
  private final HealthSettings settings;

  /** Reports {@code head} and the processors named, judged by {@code settings}. */
  public HealthRoutes(DataSource dataSource, StoreHead head, ProcessorCheckpoints checkpoints, List<String> processors,
      HealthSettings settings) {
    this.dataSource = dataSource;
    this.head = head;
    this.checkpoints = checkpoints;
    this.processors = List.copyOf(processors);
    this.settings = settings;
  }

  @Override
  public void addTo(Javalin app) {
    app.get("/health", this::answer);
  }

  private void answer(Context ctx) throws JsonProcessingException {
    Health health = health(head.position());
    ctx.status(health.problems().isEmpty() ? 200 : 503);
    ctx.contentType("application/json").result(PrettyJson.write(health));
  }

  private Health health(long head) {
    try (Connection connection = dataSource.getConnection()) {
      HealthQueries queries = new HealthQueries(connection);
      List<String> problems = new ArrayList<>();
      List<Processor> standing = new ArrayList<>();
      for (String name : processors) {
        standing.add(processor(queries, name, head, problems));
      }
      return new Health(problems.isEmpty() ? "ok" : "unhealthy", head, problems, heldBack(queries), standing);
    } catch (SQLException e) {
      throw EventStoreException.from(e);
    }
  }

  private Processor processor(HealthQueries queries, String name, long head, List<String> problems)
      throws SQLException {
    Checkpoint checkpoint = checkpoints.of(name);
    Lag lag = queries.lag(checkpoint);
    Lease lease = queries.lease(name);
    Double inactive = lease == null || lease.live() ? null : lease.sinceRenewal();
    Failing failing = queries.failing(name);
    if (failing != null && failing.seconds() > seconds(settings.failingLimit())) {
      problems.add(name + " has been failing for " + Math.round(failing.seconds()) + " s: " + failing.error());
    }
    if (inactive != null && inactive > 2 * seconds(settings.lease())) {
      problems.add(name + " has had no active instance for " + Math.round(inactive) + " s");
    }
    return new Processor(name, checkpoint.position(), Math.max(0, head - checkpoint.position()), lag.events(),
        lag.seconds(), lease == null || !lease.live() ? null : lease.holder(), inactive,
        queries.standbys(name, settings.lease()), failing, queries.parked(name));
  }

  /** Named only once events have waited over a second: a moment's wait is every append's. */
  private static HeldBack heldBack(HealthQueries queries) throws SQLException {
    Double waiting = queries.waitingSeconds();
    if (waiting == null || waiting <= HELD_BACK_SECONDS) return null;
    return new HeldBack(waiting, queries.oldestTransaction());
  }

  private static double seconds(Duration duration) {
    return duration.toMillis() / 1000.0;
  }
}
