package dev.estodo.eventsourcing.processing;

import dev.estodo.eventsourcing.EventStore;
import dev.estodo.eventsourcing.EventStoreException;
import dev.estodo.eventsourcing.StoredEvent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the parked events that {@link ParkedEvents#requestRetry} marked, in the reactor's active
 * instance before its next batch, so one instance reacts at a time as ever. In position order, and
 * an aggregate whose earlier parked event is not retried or fails again keeps its later ones
 * parked: each aggregate's events still reach the reactor in order. A success unparks the event; a
 * failure of either kind counts the attempt and keeps it parked, until the next request.
 */
final class ParkedRetries {
  private static final String REQUESTED = """
      SELECT EXISTS (SELECT 1 FROM parked_events WHERE processor = ? AND retry_requested_at IS NOT NULL)""";
  private static final Logger log = LoggerFactory.getLogger(ParkedRetries.class);

  private final DataSource dataSource;
  private final EventStore store;
  private final Reactor reactor;
  private final ProcessorSettings settings;

  ParkedRetries(DataSource dataSource, EventStore store, Reactor reactor, ProcessorSettings settings) {
    this.dataSource = dataSource;
    this.store = store;
    this.reactor = reactor;
    this.settings = settings;
  }

  /**
   * Retries what was asked for, if anything, reacting with {@code reactions} under {@code lease},
   * each reaction only while the lease lasts the reaction margin; one cheap query when nothing was.
   */
  void run(Lease lease, Reactions reactions) {
    if (!requested()) return;
    Set<UUID> held = new HashSet<>();
    for (ParkedEvent parked : parked()) {
      if (parked.retryRequestedAt() == null) {
        held.add(parked.aggregateId());
      } else if (held.contains(parked.aggregateId())) {
        failedAgain(parked, "still behind an earlier parked event of aggregate " + parked.aggregateId());
      } else if (!retried(lease, parked, reactions)) {
        held.add(parked.aggregateId());
      }
    }
  }

  private boolean retried(Lease lease, ParkedEvent parked, Reactions reactions) {
    StoredEvent event = store.readStream(parked.aggregateId()).stream()
        .filter(stored -> stored.position() == parked.position()).findFirst().orElse(null);
    if (event == null) return failedAgain(parked, "the event is no longer in the store");
    ReactorHandler.confirm(lease, settings, event);
    try {
      reactor.react(event, reactions);
    } catch (LeaseLostException e) {
      throw e;
    } catch (Exception e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      return failedAgain(parked, String.valueOf(e.getMessage()));
    }
    inConnection(connection -> ParkedRows.unpark(connection, parked.processor(), parked.position()));
    log.info("Processor {} retried the parked event at position {} ({}): done, unparked", parked.processor(),
        parked.position(), parked.eventType());
    return true;
  }

  private boolean failedAgain(ParkedEvent parked, String error) {
    inConnection(connection -> ParkedRows.failedAgain(connection, parked.processor(), parked.position(), error));
    log.warn("Processor {} retried the parked event at position {} ({}): failed again, still parked: {}",
        parked.processor(), parked.position(), parked.eventType(), error);
    return false;
  }

  private boolean requested() {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(REQUESTED)) {
      statement.setString(1, reactor.name());
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next() && rows.getBoolean(1);
      }
    } catch (SQLException e) {
      throw EventStoreException.from(e);
    }
  }

  private List<ParkedEvent> parked() {
    try (Connection connection = dataSource.getConnection()) {
      return ParkedRows.of(connection, reactor.name());
    } catch (SQLException e) {
      throw EventStoreException.from(e);
    }
  }

  private void inConnection(SqlWork work) {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(true);
      work.run(connection);
    } catch (SQLException e) {
      throw EventStoreException.from(e);
    }
  }

  private interface SqlWork {
    void run(Connection connection) throws SQLException;
  }
}
