package dev.estodo.eventsourcing.processing;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One active instance per processor, across processes and machines: a lease per processor in
 * {@code processor_leases}, taken by a standby once it has expired, renewed by a heartbeat thread
 * every lease renewal, and given up on close. A lease counts as held only until the expiry its last
 * renewal set, measured on this JVM's clock from the start of that renewal, so a runner whose
 * renewals fail (the database is gone, the process was frozen) stops writing before any standby can
 * take over; the fencing token refuses the writes of one that still tries.
 */
final class ProcessorLeases implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(ProcessorLeases.class);

  private final DataSource dataSource;
  private final ProcessorSettings settings;
  private final LeaseRows.Owner owner = LeaseRows.Owner.thisProcess();
  private final Map<String, Lease> held = new ConcurrentHashMap<>();
  private final Wakeups heartbeats = new Wakeups();
  private List<String> processors = List.of();
  private Thread heartbeat;
  private volatile boolean closed;

  ProcessorLeases(DataSource dataSource, ProcessorSettings settings) {
    this.dataSource = dataSource;
    this.settings = settings;
  }

  /** Starts the heartbeat, which renews the leases held and records this runner as an instance of {@code names}. */
  synchronized void start(List<String> names) {
    processors = List.copyOf(names);
    heartbeat = new Thread(this::beat, "estodo-leases");
    heartbeat.setDaemon(true);
    heartbeat.start();
  }

  /** The lease of {@code name} while this runner surely still holds it; else null. */
  Lease current(String name) {
    Lease lease = held.get(name);
    if (lease == null || !lease.expired()) return lease;
    held.remove(name, lease);
    log.warn("Processor {}'s lease was not renewed in time and may have expired; it stops writing", name);
    return null;
  }

  /** True while this runner surely holds the lease of {@code name}; no side effects, for status reports. */
  boolean holds(String name) {
    Lease lease = held.get(name);
    return lease != null && !lease.expired();
  }

  /** Takes the lease of {@code name} if it is free or has expired; returns it, or null when another instance holds it. */
  Lease tryAcquire(String name) throws SQLException {
    if (closed) return null;
    long started = System.nanoTime();
    try (Connection connection = autocommit()) {
      Long token = LeaseRows.take(connection, name, owner, settings.lease().toMillis());
      if (token == null || closed) return null;
      Lease lease = new Lease(name, token, started + settings.lease().toNanos());
      held.put(name, lease);
      return lease;
    }
  }

  /** Forgets {@code lease} and lets it expire now in the database, if it is still this runner's. */
  void release(Lease lease) {
    forget(lease);
    try (Connection connection = autocommit()) {
      LeaseRows.release(connection, lease, owner);
    } catch (SQLException e) {
      log.debug("Giving up the lease of {} failed; it expires by itself", lease.processor(), e);
    }
  }

  /** Drops {@code lease} (by its token: a newer lease of the same processor stays) and says whether it was held. */
  private boolean forget(Lease lease) {
    boolean[] dropped = {false};
    held.computeIfPresent(lease.processor(), (name, current) -> {
      dropped[0] = current.token() == lease.token();
      return dropped[0] ? null : current;
    });
    return dropped[0];
  }

  private void beat() {
    while (!heartbeats.stopped()) {
      renew();
      heartbeats.pause(settings.leaseRenewal());
    }
  }

  /** One heartbeat: every lease held is renewed from the moment it began, and every processor's instance row upserted. */
  void renew() {
    long started = System.nanoTime();
    try (Connection connection = autocommit()) {
      for (Lease lease : held.values()) {
        renew(connection, lease, started);
      }
      LeaseRows.seen(connection, processors, owner);
    } catch (SQLException | RuntimeException e) {
      log.warn("Renewing the processors' leases failed: {}", e.toString());
    }
  }

  private void renew(Connection connection, Lease lease, long started) throws SQLException {
    if (LeaseRows.renew(connection, lease, owner, settings.lease().toMillis())) {
      lease.renewedUntil(started + settings.lease().toNanos());
    } else if (forget(lease)) {
      log.warn("Processor {}'s lease moved on from token {}: another instance took over", lease.processor(), lease.token());
    }
  }

  // Leases and instance rows are single statements that must be durable on their own.
  private Connection autocommit() throws SQLException {
    Connection connection = dataSource.getConnection();
    connection.setAutoCommit(true);
    return connection;
  }

  /** Stops the heartbeat, gives up every lease still held and removes this runner's instance rows. */
  @Override
  public synchronized void close() {
    closed = true;
    heartbeats.stop();
    try {
      if (heartbeat != null) heartbeat.join(5000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    held.values().forEach(this::release);
    try (Connection connection = autocommit()) {
      LeaseRows.forget(connection, owner);
    } catch (SQLException e) {
      log.debug("Removing this runner's instance rows failed; they age out", e);
    }
  }
}
