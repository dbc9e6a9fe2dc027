package dev.estodo.eventsourcing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells followers that events were appended. Listeners in this process are called directly;
 * other processes hear a {@code NOTIFY} sent after the append has committed. A NOTIFY inside the
 * writing transaction would take PostgreSQL's global notify lock at every commit and serialise
 * writers again, so one background thread sends them instead, one per burst of appends.
 * Each NOTIFY is a commit of its own, so under a steady stream of appends it waits a moment after
 * each one and lets the appends of that moment share the next. Its payload names the sender, so the
 * listener skips the NOTIFYs this process sent (its listeners heard directly): one wake per append.
 */
final class AppendSignals implements AutoCloseable {
  static final String CHANNEL = "estodo_events";
  private static final long COALESCE_MILLIS = 2;
  // How long the listening thread waits for a notification before it checks for close, and so how
  // long closing may wait for it; waiting costs no round trip to the server.
  private static final int LISTEN_WAIT_MILLIS = 50;
  private static final Logger log = LoggerFactory.getLogger(AppendSignals.class);

  private final DataSource dataSource;
  private final String sender = UUID.randomUUID().toString();
  private final Set<Runnable> listeners = new CopyOnWriteArraySet<>();
  private final Semaphore pending = new Semaphore(0);
  private final Thread notifier;
  private Thread listener;
  private volatile boolean closed;

  AppendSignals(DataSource dataSource) {
    this.dataSource = dataSource;
    this.notifier = daemon("estodo-notify", this::sendNotifications);
  }

  void appended() {
    listeners.forEach(Runnable::run);
    if (pending.availablePermits() == 0) pending.release();
  }

  synchronized AutoCloseable subscribe(Runnable callback) {
    listeners.add(callback);
    if (listener == null) {
      listener = daemon("estodo-listen", this::listen);
    }
    return () -> listeners.remove(callback);
  }

  private void sendNotifications() {
    while (!closed) {
      try {
        if (!pending.tryAcquire(1, TimeUnit.SECONDS)) continue;
        pending.drainPermits();
        notifyOthers();
        Thread.sleep(COALESCE_MILLIS);
      } catch (InterruptedException e) {
        return;
      } catch (SQLException e) {
        log.debug("NOTIFY failed; followers fall back to polling", e);
      }
    }
  }

  private void notifyOthers() throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement("SELECT pg_notify(?, ?)")) {
      connection.setAutoCommit(true);
      statement.setString(1, CHANNEL);
      statement.setString(2, sender);
      statement.execute();
    }
  }

  private void listen() {
    while (!closed) {
      try (Connection connection = dataSource.getConnection()) {
        receive(connection);
      } catch (SQLException e) {
        if (closed) return;
        log.warn("LISTEN {} failed, retrying in 1 s: {}", CHANNEL, e.getMessage());
        LockSupport.parkNanos(TimeUnit.SECONDS.toNanos(1));
      }
    }
  }

  private void receive(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("LISTEN " + CHANNEL);
    }
    try {
      PGConnection pg = connection.unwrap(PGConnection.class);
      while (!closed) {
        PGNotification[] notifications = pg.getNotifications(LISTEN_WAIT_MILLIS);
        if (notifications != null && Arrays.stream(notifications).anyMatch(n -> !sender.equals(n.getParameter()))) {
          listeners.forEach(Runnable::run);
        }
      }
    } finally {
      unlisten(connection);
    }
  }

  /** A pooled connection goes back to the pool: it must not keep listening for someone else. */
  private static void unlisten(Connection connection) {
    try (Statement statement = connection.isClosed() ? null : connection.createStatement()) {
      if (statement == null) return;
      statement.execute("UNLISTEN *");
    } catch (SQLException e) {
      log.debug("UNLISTEN failed; the pool discards the broken connection", e);
    }
  }

  private static Thread daemon(String name, Runnable body) {
    Thread thread = new Thread(body, name);
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  @Override
  public void close() {
    closed = true;
    notifier.interrupt();
    Thread listening;
    synchronized (this) {
      listening = listener;
    }
    if (listening == null) return;
    try {
      listening.join(2000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
