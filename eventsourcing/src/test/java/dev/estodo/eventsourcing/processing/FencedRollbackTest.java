package dev.estodo.eventsourcing.processing;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.estodo.eventsourcing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/** A rollback that fails, on a connection that broke, keeps the reason the transaction failed. */
class FencedRollbackTest {
  private final HikariDataSource dataSource = TestDatabase.freshDataSource();

  @AfterEach
  void close() {
    dataSource.close();
  }

  @Test
  void a_failing_rollback_is_added_to_the_original_failure_instead_of_hiding_it() throws Exception {
    PGSimpleDataSource direct = new PGSimpleDataSource();
    direct.setUrl(dataSource.getJdbcUrl());
    direct.setUser(dataSource.getUsername());
    direct.setPassword(dataSource.getPassword());
    Connection broken = direct.getConnection();
    broken.setAutoCommit(false);
    broken.close();
    IllegalStateException cause = new IllegalStateException("the batch failed");

    FencedTransactions.rollback(broken, cause);

    assertThat(cause).hasMessage("the batch failed");
    assertThat(cause.getSuppressed()).singleElement().isInstanceOf(SQLException.class);
  }
}
