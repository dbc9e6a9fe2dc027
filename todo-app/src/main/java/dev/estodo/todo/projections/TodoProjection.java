package dev.estodo.todo.projections;

import dev.estodo.eventsourcing.StoredEvent;
import dev.estodo.eventsourcing.processing.Projector;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/**
 * What the todo projections share: a projector named {@code name} that applies whole batches with
 * the function {@code project_<name>} (its rules, in the repeatable migration beside the class) and
 * is reset by emptying its tables, and a query whose rows {@code mapper} reads.
 */
abstract sealed class TodoProjection<R> implements Projector permits OutstandingTodos, ScheduledTodos, CompletedTodos {
  private final DataSource dataSource;
  private final String name;
  private final String query;
  private final QueryRows.Mapper<R> mapper;
  private final String truncate;
  private final List<String> tables;
  private final ListSnapshots snapshots;

  TodoProjection(DataSource dataSource, String name, String query, QueryRows.Mapper<R> mapper, String... tables) {
    this.dataSource = dataSource;
    this.name = name;
    this.query = query;
    this.mapper = mapper;
    this.tables = List.of(tables);
    this.snapshots = new ListSnapshots(name, this.tables);
    // RESTART IDENTITY, so a rebuild numbers list positions exactly as the live run did.
    this.truncate = "TRUNCATE " + String.join(", ", tables) + " RESTART IDENTITY";
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final void project(Connection transaction, StoredEvent event) throws SQLException {
    projectBatch(transaction, List.of(event));
  }

  @Override
  public final void projectBatch(Connection transaction, List<StoredEvent> events) throws SQLException {
    TodoBatch.apply(transaction, "project_" + name, events);
    snapshots.after(transaction, events);
  }

  @Override
  public final void reset(Connection transaction) throws SQLException {
    try (PreparedStatement statement = transaction.prepareStatement(truncate)) {
      statement.executeUpdate();
    }
    snapshots.reset(transaction);
  }

  /** The tables the projection owns, which an online rebuild builds afresh beside them. */
  final List<String> tables() {
    return tables;
  }

  /** The query's SQL (unqualified table names, so a search path can point it at copies of the tables). */
  final String query() {
    return query;
  }

  /** Reads a row of the query. */
  final QueryRows.Mapper<R> mapper() {
    return mapper;
  }

  /** The query's rows, in the projection's order. */
  public final List<R> list() {
    return QueryRows.list(dataSource, query, mapper);
  }

  /**
   * Passes the query's rows to {@code sink} in the projection's order as they are read, skipping
   * the first {@code offset} and stopping after {@code limit} ({@link Long#MAX_VALUE}: all).
   */
  public final void stream(long offset, long limit, QueryRows.Sink<R> sink) throws IOException {
    QueryRows.stream(dataSource, query + "\nLIMIT ? OFFSET ?", List.of(limit, offset), mapper, sink);
  }
}
