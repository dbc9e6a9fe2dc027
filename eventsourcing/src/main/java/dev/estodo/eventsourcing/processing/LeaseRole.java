package dev.estodo.eventsourcing.processing;

import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One processor's side of its lease: whether it is active here, taking over, stepping down, and the log lines. */
final class LeaseRole {
  private static final Logger log = LoggerFactory.getLogger(EventProcessor.class);

  private final String name;
  private final ProcessorLeases leases;
  private volatile boolean active;
  private boolean switched;

  LeaseRole(String name, ProcessorLeases leases) {
    this.name = name;
    this.leases = leases;
  }

  /** Active here: this instance surely holds the lease, by its own clock, even while its thread pauses. */
  boolean active() {
    return active && leases.holds(name);
  }

  /** The lease while this instance surely holds it, else null; logs when that changes. */
  Lease current() {
    Lease lease = leases.current(name);
    switched = (lease != null) != active;
    if (switched) {
      active = lease != null;
      if (active) {
        log.info("Processor {} is active", name);
      } else {
        log.warn("Processor {} no longer holds its lease; standing by", name);
      }
    }
    return lease;
  }

  /** True when the last {@link #current()} found this instance had become active or standby. */
  boolean switched() {
    return switched;
  }

  /** Takes the lease if it is free or has expired, and says whether it did. */
  boolean tryTake() throws SQLException {
    return leases.tryAcquire(name) != null;
  }

  /** A write was refused: one line, and the lease is given up (it is no longer this instance's anyway). */
  void stepDown(Lease lease, LeaseLostException e) {
    log.warn("Processor {} wrote nothing: {}; stepping down to standby", name, e.getMessage());
    leases.release(lease);
    active = false;
  }

  /** The processor stops: its lease goes to a standby at once. */
  void giveUp(Lease lease) {
    if (lease != null) leases.release(lease);
    active = false;
  }
}
