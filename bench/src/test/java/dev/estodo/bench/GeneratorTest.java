package dev.estodo.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import dev.estodo.todo.Application;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bench's own generator, which --quick needs when wrk and pgbench are not installed, in its own process. */
class GeneratorTest {
  private static final Timing SHORT = new Timing(Duration.ofMillis(300), Duration.ofSeconds(1), 1);

  private static BenchDatabase database;
  private static HikariDataSource pool;
  private static JvmGenerator generator;

  @BeforeAll
  static void start() throws Exception {
    String url = System.getenv("TEST_DATABASE_URL");
    database = BenchDatabase.start(url == null || url.isBlank() ? null : url);
    pool = database.fresh(2);
    Application.migrate(pool);
    AppendScenario.execute(pool, Appenders.RAW_TABLE);
    generator = new JvmGenerator(JvmGenerator.LEAN);
  }

  @AfterAll
  static void stop() throws Exception {
    generator.close();
    database.close();
  }

  @Test
  void given_a_database_when_the_generator_inserts_then_the_rows_it_counts_are_in_the_table() throws Exception {
    DatabaseAddress address = database.addressOf(pool);

    LoadResult result = generator.run(Workload.of(Workload.INSERT, address.jdbcUrl()), 4, SHORT,
        database.cpuMeter().postgresOnly());

    assertThat(result.count()).isPositive();
    assertThat(result.errors()).isZero();
    assertThat(result.p99Ms()).isPositive();
    assertThat(result.postgresCpuNanos()).isPositive();
    assertThat(rows("raw_events")).isGreaterThanOrEqualTo(result.count());
  }

  @Test
  void given_the_outstanding_list_when_the_generator_selects_it_then_every_query_succeeds() throws Exception {
    LoadResult result = generator.run(Workload.of(Workload.SELECT, database.addressOf(pool).jdbcUrl()), 2, SHORT,
        database.cpuMeter());

    assertThat(result.count()).isPositive();
    assertThat(result.errors()).isZero();
    assertThat(result.firstError()).isNull();
  }

  @Test
  void an_unknown_workload_fails_with_the_generator_s_message_and_the_generator_goes_on() throws Exception {
    Workload leg = Workload.of("2000-squats", "http://127.0.0.1:1");

    assertThatThrownBy(() -> generator.run(leg, 1, SHORT, database.cpuMeter()))
        .hasMessageContaining("unknown workload 2000-squats");
    assertThat(generator.run(Workload.of(Workload.INSERT, database.addressOf(pool).jdbcUrl()), 1, SHORT,
        database.cpuMeter()).count()).isPositive();
  }

  private static long rows(String table) throws Exception {
    try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("SELECT count(*) FROM " + table)) {
      row.next();
      return row.getLong(1);
    }
  }
}
