package dev.estodo.todo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.estodo.eventsourcing.processing.ProcessorSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The server settings as parsed from an environment: defaults, values, and one message for every bad value. */
class SettingsTest {
  private static final Environment NOTHING_SET = Environment.of(Map.of("HOME", "/home/dutch"));

  @Test
  void with_nothing_set_every_setting_has_its_documented_default() {
    assertThat(DatabaseSettings.from(NOTHING_SET))
        .isEqualTo(new DatabaseSettings(Optional.empty(), Path.of("/home/dutch/.estodo/postgres"), Optional.empty(), 24, 6, 64));
    assertThat(WebSettings.from(NOTHING_SET)).isEqualTo(new WebSettings("127.0.0.1", 3000, Duration.ofSeconds(5),
        new WebLimits(1000, Duration.ofSeconds(10), 1024)));
    assertThat(WebSettings.from(NOTHING_SET).health()).isEqualTo(HealthSettings.defaults());
    assertThat(MailSettings.from(NOTHING_SET).smtp()).isEmpty();
    assertThat(MailSettings.from(NOTHING_SET).from().getAddress()).isEqualTo("estodo@localhost");
    assertThat(ProcessorTuning.from(NOTHING_SET)).isEqualTo(new ProcessorSettings(500, Duration.ofSeconds(1),
        Duration.ofSeconds(1), Duration.ofMillis(100), Duration.ofSeconds(30), Duration.ofSeconds(10), Duration.ofSeconds(2)));
  }

  @Test
  void the_data_directory_follows_home_and_else_java_s_user_home() {
    assertThat(DatabaseSettings.from(Environment.of(Map.of("HOME", "/root/.arnold"))).dataDirectory())
        .isEqualTo(Path.of("/root/.arnold/.estodo/postgres"));
    assertThat(DatabaseSettings.from(Environment.of(Map.of())).dataDirectory())
        .isEqualTo(Path.of(System.getProperty("user.home"), ".estodo", "postgres"));
    assertThat(DatabaseSettings.from(Environment.of(Map.of("HOME", "/home/dutch", "ESTODO_DATA_DIR", "/srv/estodo")))
        .dataDirectory()).isEqualTo(Path.of("/srv/estodo"));
  }

  @Test
  void values_are_parsed_once_into_what_the_parts_take() {
    Environment set = Environment.of(Map.of("DATABASE_URL", "postgres://dillon:cia@db.example.com:5433/todos",
        "ESTODO_POOL_SIZE", "8", "HOST", "0.0.0.0", "PORT", "0", "ESTODO_READ_WAIT", "250ms",
        "SMTP_URL", "smtp://mail.example.com:587", "EMAIL_FROM", "Dutch <dutch@example.com>",
        "ESTODO_BATCH_SIZE", "50", "ESTODO_POLL_INTERVAL", "2s", "ESTODO_BACKOFF_MAX", "2m"));

    DatabaseSettings database = DatabaseSettings.from(set);
    ProcessorSettings tuning = ProcessorTuning.from(set);

    assertThat(database.url().orElseThrow().jdbcUrl()).isEqualTo("jdbc:postgresql://db.example.com:5433/todos");
    assertThat(database.poolSize()).isEqualTo(8);
    assertThat(WebSettings.from(set)).isEqualTo(new WebSettings("0.0.0.0", 0, Duration.ofMillis(250), WebLimits.DEFAULTS));
    assertThat(WebSettings.from(set).health()).isEqualTo(HealthSettings.defaults());
    assertThat(MailSettings.from(set).smtp().orElseThrow().port()).isEqualTo(587);
    assertThat(MailSettings.from(set).from().getAddress()).isEqualTo("dutch@example.com");
    assertThat(tuning.batchSize()).isEqualTo(50);
    assertThat(tuning.pollInterval()).isEqualTo(Duration.ofSeconds(2));
    assertThat(tuning.maxBackoff()).isEqualTo(Duration.ofMinutes(2));
  }

  @Test
  void the_limits_and_the_processors_pool_are_read_from_their_settings() {
    Environment set = Environment.of(Map.of("ESTODO_PROCESSOR_POOL_SIZE", "3", "ESTODO_MAX_WAITS", "50",
        "ESTODO_IDLE_TIMEOUT", "3s", "ESTODO_MIN_BODY_RATE", "100"));

    assertThat(DatabaseSettings.from(set).processorPoolSize()).isEqualTo(3);
    assertThat(DatabaseSettings.from(Environment.of(Map.of("ESTODO_APPEND_BATCH", "1"))).appendBatch()).isEqualTo(1);
    assertThat(WebLimits.from(set)).isEqualTo(new WebLimits(50, Duration.ofSeconds(3), 100));
  }

  @Test
  void the_lease_and_its_renewal_are_read_together() {
    Environment set = Environment.of(Map.of("ESTODO_LEASE", "1500ms", "ESTODO_LEASE_RENEWAL", "500ms"));

    ProcessorSettings tuning = ProcessorTuning.from(set);

    assertThat(tuning.lease()).isEqualTo(Duration.ofMillis(1500));
    assertThat(tuning.leaseRenewal()).isEqualTo(Duration.ofMillis(500));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "DATABASE_URL         | mysql://root:hunter2@localhost/todos | DATABASE_URL must look like postgres://user:pass@host:5432/db or jdbc:postgresql://host:5432/db, got: mysql://root:***@localhost/todos",
      "DATABASE_URL         | postgres://root:hunter2@/todos       | DATABASE_URL must name a host, as in postgres://user:pass@host:5432/db or jdbc:postgresql://host:5432/db, got: postgres://root:***@/todos",
      "ESTODO_DATA_DIR      | /srv/\0estodo                        | ESTODO_DATA_DIR must be a path, got: /srv/\\0estodo",
      "HOME                 | /home/\0dutch                        | HOME must be a path, got: /home/\\0dutch",
      "ESTODO_DATA_PORT     | postgres                             | ESTODO_DATA_PORT must be a number from 1 to 65535, got: postgres",
      "ESTODO_DATA_PORT     | 0                                    | ESTODO_DATA_PORT must be a number from 1 to 65535, got: 0",
      "ESTODO_POOL_SIZE     | lots                                 | ESTODO_POOL_SIZE must be a number from 2 to 1000, got: lots",
      "ESTODO_POOL_SIZE     | 1                                    | ESTODO_POOL_SIZE must be a number from 2 to 1000, got: 1",
      "ESTODO_PROCESSOR_POOL_SIZE | 1                              | ESTODO_PROCESSOR_POOL_SIZE must be a number from 2 to 1000, got: 1",
      "ESTODO_APPEND_BATCH  | 0                                    | ESTODO_APPEND_BATCH must be a number from 1 to 10000, got: 0",
      "ESTODO_APPEND_BATCH  | many                                 | ESTODO_APPEND_BATCH must be a number from 1 to 10000, got: many",
      "ESTODO_MAX_WAITS     | 0                                    | ESTODO_MAX_WAITS must be a number from 1 to 100000, got: 0",
      "ESTODO_IDLE_TIMEOUT  | 20m                                  | ESTODO_IDLE_TIMEOUT must be a duration from 100ms to 10m, in ms, s or m as in 250ms or 5s, got: 20m",
      "ESTODO_MIN_BODY_RATE | fast                                 | ESTODO_MIN_BODY_RATE must be a number from 1 to 1073741824, got: fast",
      "HOST                 | http://0.0.0.0                       | HOST must be a host name or an IP address such as 0.0.0.0, got: http://0.0.0.0",
      "PORT                 | abc                                  | PORT must be a number from 0 to 65535, got: abc",
      "PORT                 | 65536                                | PORT must be a number from 0 to 65535, got: 65536",
      "ESTODO_READ_WAIT     | 5                                    | ESTODO_READ_WAIT must be a duration from 1ms to 60s, in ms, s or m as in 250ms or 5s, got: 5",
      "ESTODO_READ_WAIT     | 2m                                   | ESTODO_READ_WAIT must be a duration from 1ms to 60s, in ms, s or m as in 250ms or 5s, got: 2m",
      "SMTP_URL             | http://arnold:secret@mail.example.com | SMTP_URL must start with smtp:// or smtps://, as in smtp://user:pass@host:port, got: http://arnold:***@mail.example.com",
      "EMAIL_FROM           | the governator                       | EMAIL_FROM must be an email address, got: the governator",
      "ESTODO_BATCH_SIZE    | 0                                    | ESTODO_BATCH_SIZE must be a number from 1 to 100000, got: 0",
      "ESTODO_POLL_INTERVAL | 0ms                                  | ESTODO_POLL_INTERVAL must be a duration from 1ms to 60m, in ms, s or m as in 250ms or 5s, got: 0ms",
      "ESTODO_STANDBY_RETRY | -1s                                  | ESTODO_STANDBY_RETRY must be a duration from 1ms to 60m, in ms, s or m as in 250ms or 5s, got: -1s",
      "ESTODO_BACKOFF_MIN   | 1h                                   | ESTODO_BACKOFF_MIN must be a duration from 1ms to 60m, in ms, s or m as in 250ms or 5s, got: 1h",
      "ESTODO_BACKOFF_MAX   | 50ms                                 | ESTODO_BACKOFF_MAX must be at least ESTODO_BACKOFF_MIN (100ms), got: 50ms",
      "ESTODO_LEASE         | forever                              | ESTODO_LEASE must be a duration from 1ms to 60m, in ms, s or m as in 250ms or 5s, got: forever",
      "ESTODO_LEASE         | 5s                                   | ESTODO_LEASE_RENEWAL must be at most a third of ESTODO_LEASE (5s), got: 2s",
      "ESTODO_LEASE_RENEWAL | 4s                                   | ESTODO_LEASE_RENEWAL must be at most a third of ESTODO_LEASE (10s), got: 4s"})
  void a_bad_value_fails_with_one_message_naming_the_setting(String setting, String value, String message) {
    Environment environment = Environment.of(Map.of(setting, value));

    assertThatThrownBy(() -> readAll(environment)).isInstanceOf(InvalidSettingException.class).hasMessage(message);
  }

  @Test
  void a_flag_overrides_its_variable_and_an_empty_one_restores_the_default() {
    Environment environment = Environment.of(Map.of("PORT", "3000", "DATABASE_URL", "postgres://db.example.com/todos"));

    assertThat(WebSettings.from(environment.overriddenBy(Map.of("PORT", "3102"))).port()).isEqualTo(3102);
    assertThat(DatabaseSettings.from(environment.overriddenBy(Map.of("DATABASE_URL", ""))).url()).isEmpty();
    assertThat(DatabaseSettings.from(environment.overriddenBy(Map.of("ESTODO_DATA_PORT", "5433"))).dataPort()).contains(5433);
  }

  private static void readAll(Environment environment) {
    DatabaseSettings.from(environment);
    WebSettings.from(environment);
    MailSettings.from(environment);
    ProcessorTuning.from(environment);
  }
}
