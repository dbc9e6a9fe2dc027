package dev.estodo.eventsourcing.processing;

import dev.estodo.eventsourcing.StoredEvent;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Keeps a read model up to date from the events. The runner applies a batch of events and advances
 * the projector's checkpoint in one transaction, so each event takes effect exactly once, even
 * across crashes, restarts and a second instance. The projector owns its tables; the application
 * creates them with its own migrations before the runner starts.
 */
public interface Projector {

  /** The processor's name, unique among the processors sharing the database; its checkpoint's key. */
  String name();

  /**
   * Applies {@code event} to the read model using {@code transaction}, which the runner commits
   * together with the checkpoint; never commit, roll back or close it. Throwing rolls back the batch.
   */
  void project(Connection transaction, StoredEvent event) throws SQLException;

  /**
   * Applies {@code events}, in order, like {@link #project} does each one; override it to apply a
   * batch in fewer round trips. The runner retries a failed batch one event at a time, to name the culprit.
   */
  default void projectBatch(Connection transaction, List<StoredEvent> events) throws SQLException {
    for (StoredEvent event : events) {
      project(transaction, event);
    }
  }

  /** Deletes everything the projector has written, in {@code transaction}, before a rebuild from the start. */
  void reset(Connection transaction) throws SQLException;
}
