package dev.estodo.bench;

import dev.estodo.eventsourcing.Checkpoint;
import dev.estodo.eventsourcing.processing.ProcessorRunner;
import dev.estodo.eventsourcing.processing.ProcessorSettings;
import dev.estodo.eventsourcing.processing.Projector;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scenario 4: loads a million events (ten per todo), then rebuilds each projection from the first
 * event on its own, with the runner and settings the application uses, and reports events per
 * second per projection. A rebuild that would outlast the run's budget is measured over its first
 * seconds: the events behind its checkpoint then, over the time taken.
 */
final class CatchUpScenario implements Scenario {
  static final String NAME = "4 catch-up";
  private static final String EVENTS_BEHIND = """
      SELECT count(*) FROM events WHERE (transaction_id, position) <= (?::text::xid8, ?)""";

  @Override
  public String name() {
    return "catch-up";
  }

  @Override
  public String label() {
    return NAME;
  }

  @Override
  public List<Measurement> run(BenchContext context) throws Exception {
    List<Measurement> rows;
    try (BenchServer server = BenchServer.start(context)) {
      server.processors().close();
      long events = context.settings().catchUpEvents();
      context.say(String.format(Locale.ROOT, "loading %,d events", events));
      rows = new ArrayList<>(List.of(context.reported(Loader.load(NAME, server.pool(), events))));
      long head = server.head();
      for (Projector projector : server.application().projectors()) {
        server.application().checkpoints().reset(projector);
        Measurement row = context.reported(rebuild(server, projector, head, events, context.settings().catchUpLimit()));
        rows.add(row);
        context.check(Target.rate("catch-up of " + projector.name(), row.rate(), 50_000));
      }
    }
    rows.addAll(NotifierCatchUp.run(context));
    return rows;
  }

  private static Measurement rebuild(BenchServer server, Projector projector, long head, long events,
      Duration limit) throws SQLException {
    try (ProcessorRunner runner = new ProcessorRunner(server.pool(), server.application().store(),
        ProcessorSettings.defaults())) {
      runner.add(projector);
      return timed(server, runner, projector.name(), "rebuild " + projector.name(), head, events, limit);
    }
  }

  /** Starts {@code runner}, whose one processor is {@code name}, and measures it to {@code head} or for {@code limit}. */
  static Measurement timed(BenchServer server, ProcessorRunner runner, String name, String what, long head,
      long events, Duration limit) throws SQLException {
    long start = System.nanoTime();
    runner.start();
    boolean done = runner.checkpoints().awaitPosition(List.of(name), head, limit);
    Checkpoint reached = runner.checkpoints().of(name);
    long elapsed = System.nanoTime() - start;
    String variant = done ? what + " from position 0" : what + ", its first " + limit.toSeconds() + " s";
    return Measurement.ofTotal(NAME, variant, 1, "events/s", done ? events : behind(server, reached), elapsed);
  }

  private static long behind(BenchServer server, Checkpoint checkpoint) throws SQLException {
    try (Connection connection = server.pool().getConnection();
        PreparedStatement statement = connection.prepareStatement(EVENTS_BEHIND)) {
      statement.setString(1, Long.toString(checkpoint.transactionId()));
      statement.setLong(2, checkpoint.position());
      try (ResultSet row = statement.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }
}
