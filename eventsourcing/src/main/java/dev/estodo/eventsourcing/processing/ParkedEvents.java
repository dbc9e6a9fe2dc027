package dev.estodo.eventsourcing.processing;

import dev.estodo.eventsourcing.EventStoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The events reactors parked, from any process: listing them, and asking for a retry. A retry is
 * run by the reactor's active instance (the one holding its lock), never here, so one instance
 * reacts at a time; this side marks the events, wakes the processors and waits for the answers.
 */
public final class ParkedEvents {
  private static final String REQUEST = """
      UPDATE parked_events p SET retry_requested_at = clock_timestamp()
      WHERE EXISTS (SELECT 1 FROM parked_events asked
                    WHERE asked.position = ANY (?) AND asked.processor = p.processor
                      AND asked.aggregate_id = p.aggregate_id AND p.position <= asked.position)""";
  private static final String REQUEST_ALL = "UPDATE parked_events SET retry_requested_at = clock_timestamp()";
  private static final String WAKE = "SELECT pg_notify('estodo_events', '')";
  private static final long POLL_MILLIS = 50;

  /** How a retry went: unparked (the reaction succeeded), failed again (with the new error), or not run yet. */
  public enum Outcome { UNPARKED, FAILED_AGAIN, PENDING }

  /** The answer for one parked event: the event as it was asked for, the outcome and, on failure, the error. */
  public record Retry(ParkedEvent event, Outcome outcome, String error) {}

  private final DataSource dataSource;

  /** The parked events in {@code dataSource}. */
  public ParkedEvents(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Every parked event, by processor and position. */
  public List<ParkedEvent> list() {
    try (Connection connection = dataSource.getConnection()) {
      return ParkedRows.all(connection);
    } catch (SQLException e) {
      throw EventStoreException.from(e);
    }
  }

  /**
   * Asks for the events parked at {@code positions} (by any reactor) to be retried, with the earlier
   * parked events of their aggregates, which must go first; returns the events asked for, in order.
   */
  public List<ParkedEvent> requestRetry(Collection<Long> positions) {
    return request(REQUEST, positions.toArray(Long[]::new));
  }

  /** Asks for every parked event to be retried; returns them, in order. */
  public List<ParkedEvent> requestRetryOfAll() {
    return request(REQUEST_ALL, null);
  }

  /**
   * Waits up to {@code timeout} until the active instances have retried {@code requested}, and tells
   * how each went; those not run by then (no active instance, say) are {@link Outcome#PENDING} and
   * stay marked, to be retried when one runs.
   */
  public List<Retry> awaitRetries(List<ParkedEvent> requested, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    List<Retry> answers = answers(requested);
    while (answers.stream().anyMatch(retry -> retry.outcome() == Outcome.PENDING) && System.nanoTime() < deadline) {
      Thread.sleep(POLL_MILLIS);
      answers = answers(requested);
    }
    return answers;
  }

  private List<Retry> answers(List<ParkedEvent> requested) {
    List<ParkedEvent> now = list();
    return requested.stream().map(asked -> answer(asked, now.stream()
        .filter(row -> row.processor().equals(asked.processor()) && row.position() == asked.position())
        .findFirst())).toList();
  }

  private static Retry answer(ParkedEvent asked, Optional<ParkedEvent> row) {
    if (row.isEmpty()) return new Retry(asked, Outcome.UNPARKED, null);
    if (row.get().retryRequestedAt() != null) return new Retry(asked, Outcome.PENDING, null);
    return new Retry(asked, Outcome.FAILED_AGAIN, row.get().error());
  }

  private List<ParkedEvent> request(String sql, Long[] positions) {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(true);
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        if (positions != null) {
          statement.setArray(1, connection.createArrayOf("bigint", positions));
        }
        statement.executeUpdate();
      }
      // The processors listen on the store's channel: woken, they retry now rather than at their next poll.
      try (Statement wake = connection.createStatement()) {
        wake.execute(WAKE);
      }
      return ParkedRows.all(connection).stream().filter(row -> row.retryRequestedAt() != null).toList();
    } catch (SQLException e) {
      throw EventStoreException.from(e);
    }
  }
}
