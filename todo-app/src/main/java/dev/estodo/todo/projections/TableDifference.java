package dev.estodo.todo.projections;

import java.util.List;

/**
 * How a live table differs from its rebuild at one checkpoint: {@code count} rows differ, the first
 * of which {@code rows} shows as {@code todo_id <id>: live <row>, rebuilt <row>} (a missing row is null).
 */
public record TableDifference(String table, long count, List<String> rows) {
  /** Copies the rows so the record never changes. */
  public TableDifference {
    rows = List.copyOf(rows);
  }
}
