package dev.estodo.eventsourcing.processing;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.UUID;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * The SQL of {@code processor_leases} and {@code processor_instances}; every time is the database's
 * {@code clock_timestamp()}, so the hosts' clocks never matter. Callers choose the connection.
 */
final class LeaseRows {
  // A takeover is one statement: an INSERT for a processor without a row, or else an UPDATE of an
  // expired lease that increments the token; two standbys racing for it cannot both win.
  private static final String TAKE = """
      INSERT INTO processor_leases AS l
        (processor, token, owner, owner_host, owner_pid, acquired_at, renewed_at, expires_at)
      VALUES (?, 1, ?, ?, ?, clock_timestamp(), clock_timestamp(), clock_timestamp() + ? * interval '1 millisecond')
      ON CONFLICT (processor) DO UPDATE
        SET token = l.token + 1, owner = excluded.owner, owner_host = excluded.owner_host,
            owner_pid = excluded.owner_pid, acquired_at = excluded.acquired_at,
            renewed_at = excluded.renewed_at, expires_at = excluded.expires_at
        WHERE l.expires_at < clock_timestamp()
      RETURNING token""";
  private static final String RENEW = """
      UPDATE processor_leases
      SET renewed_at = clock_timestamp(), expires_at = clock_timestamp() + ? * interval '1 millisecond'
      WHERE processor = ? AND token = ? AND owner = ?""";
  private static final String RELEASE = """
      UPDATE processor_leases SET expires_at = clock_timestamp()
      WHERE processor = ? AND token = ? AND owner = ?""";
  // The fence and the commit in one round trip: confirm_lease (V9) raises unless the token is current,
  // and the error aborts the transaction, so the server skips the COMMIT that follows it.
  private static final String CONFIRM_AND_COMMIT = "SELECT confirm_lease(?, ?); COMMIT";
  private static final String LEASE_LOST = "ES410";
  private static final String SEEN = """
      INSERT INTO processor_instances (processor, instance, host, pid, seen_at)
      SELECT processor, ?, ?, ?, clock_timestamp() FROM unnest(?::text[]) AS processor
      ON CONFLICT (processor, instance) DO UPDATE SET host = excluded.host, pid = excluded.pid, seen_at = excluded.seen_at""";
  private static final String FORGET = "DELETE FROM processor_instances WHERE instance = ?";

  private LeaseRows() {}

  /** Takes the lease of {@code processor} for {@code owner} if it is free or expired; returns the new token, or null. */
  static Long take(Connection connection, String processor, Owner owner, long leaseMillis) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(TAKE)) {
      statement.setString(1, processor);
      statement.setString(2, owner.instance());
      statement.setString(3, owner.host());
      statement.setLong(4, owner.pid());
      statement.setLong(5, leaseMillis);
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next() ? rows.getLong(1) : null;
      }
    }
  }

  /** Extends {@code lease} by {@code leaseMillis} from now; false when its token is no longer the current one. */
  static boolean renew(Connection connection, Lease lease, Owner owner, long leaseMillis) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(RENEW)) {
      statement.setLong(1, leaseMillis);
      statement.setString(2, lease.processor());
      statement.setLong(3, lease.token());
      statement.setString(4, owner.instance());
      return statement.executeUpdate() == 1;
    }
  }

  /** Lets {@code lease} expire now, if it is still this owner's, so a standby takes over at once. */
  static void release(Connection connection, Lease lease, Owner owner) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(RELEASE)) {
      statement.setString(1, lease.processor());
      statement.setLong(2, lease.token());
      statement.setString(3, owner.instance());
      statement.executeUpdate();
    }
  }

  /**
   * The fence, run in the writing transaction as its last statement: locks the lease row (a takeover
   * then waits for the commit) and commits if {@code lease}'s token is still current, else throws
   * {@link LeaseLostException} with the transaction aborted and nothing committed.
   */
  static void confirmAndCommit(Connection transaction, Lease lease) throws SQLException {
    try (PreparedStatement statement = transaction.prepareStatement(CONFIRM_AND_COMMIT)) {
      statement.setString(1, lease.processor());
      statement.setLong(2, lease.token());
      statement.execute();
    } catch (SQLException e) {
      if (!LEASE_LOST.equals(e.getSQLState())) throw e;
      throw new LeaseLostException(lease.processor(), "moved from token " + lease.token() + " to " + currentToken(e));
    }
  }

  private static String currentToken(SQLException e) {
    ServerErrorMessage message = e instanceof PSQLException p ? p.getServerErrorMessage() : null;
    return message == null || message.getDetail() == null ? "?" : message.getDetail();
  }

  /** Records that {@code owner} runs {@code processors} (active or standing by), as of now. */
  static void seen(Connection connection, Collection<String> processors, Owner owner) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(SEEN)) {
      statement.setString(1, owner.instance());
      statement.setString(2, owner.host());
      statement.setLong(3, owner.pid());
      statement.setArray(4, connection.createArrayOf("text", processors.toArray()));
      statement.executeUpdate();
    }
  }

  /** Removes {@code owner}'s instance rows: it no longer runs. */
  static void forget(Connection connection, Owner owner) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(FORGET)) {
      statement.setString(1, owner.instance());
      statement.executeUpdate();
    }
  }

  /** Who holds or wants leases: a runner's instance id, unique per runner, and where it runs. */
  record Owner(String instance, String host, long pid) {
    /** A new instance id, in this process on this host. */
    static Owner thisProcess() {
      String host;
      try {
        host = InetAddress.getLocalHost().getHostName();
      } catch (UnknownHostException e) {
        host = "unknown";
      }
      return new Owner(UUID.randomUUID().toString(), host, ProcessHandle.current().pid());
    }
  }
}
