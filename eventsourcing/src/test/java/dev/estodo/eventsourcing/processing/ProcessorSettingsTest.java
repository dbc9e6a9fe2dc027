package dev.estodo.eventsourcing.processing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProcessorSettingsTest {
  private static final Duration SECOND = Duration.ofSeconds(1);

  @Test
  void wrong_settings_are_refused_naming_the_setting() {
    assertThatThrownBy(() -> new ProcessorSettings(0, SECOND, SECOND, SECOND, SECOND)).hasMessageContaining("batchSize");
    assertThatThrownBy(() -> new ProcessorSettings(10, Duration.ZERO, SECOND, SECOND, SECOND)).hasMessageContaining("pollInterval");
    assertThatThrownBy(() -> new ProcessorSettings(10, SECOND, null, SECOND, SECOND)).hasMessageContaining("standbyRetry");
    assertThatThrownBy(() -> new ProcessorSettings(10, SECOND, SECOND, SECOND, Duration.ofMillis(100)))
        .hasMessageContaining("maxBackoff");
  }

  @Test
  void the_backoff_doubles_from_the_initial_wait_up_to_the_maximum() {
    ProcessorSettings defaults = ProcessorSettings.defaults();

    List<Duration> waits = List.of(1, 2, 3, 9, 10, 1000).stream().map(defaults::backoff).toList();

    assertThat(waits).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(400),
        Duration.ofMillis(25600), Duration.ofSeconds(30), Duration.ofSeconds(30));
  }
}
