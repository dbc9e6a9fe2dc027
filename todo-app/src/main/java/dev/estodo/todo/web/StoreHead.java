package dev.estodo.todo.web;

import dev.estodo.todo.projections.QueryRows;
import javax.sql.DataSource;

/** The position of the store's last event: what {@code /health} reports and {@code ?after=} is checked against. */
public final class StoreHead {
  private static final String HEAD = "SELECT coalesce(max(position), 0) FROM events";

  private final DataSource dataSource;

  /** The head of the store in {@code dataSource}. */
  public StoreHead(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** The last event's position, 0 when the store is empty; one index lookup. */
  long position() {
    return QueryRows.list(dataSource, HEAD, row -> row.getLong(1)).get(0);
  }
}
