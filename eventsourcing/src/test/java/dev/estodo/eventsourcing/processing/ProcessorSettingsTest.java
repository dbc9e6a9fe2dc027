package dev.estodo.eventsourcing.processing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProcessorSettingsTest {
  private static final Duration SECOND = Duration.ofSeconds(1);
  private static final Duration LEASE = Duration.ofSeconds(10);

  @Test
  void wrong_settings_are_refused_naming_the_setting() {
    assertThatThrownBy(() -> new ProcessorSettings(0, SECOND, SECOND, SECOND, SECOND, LEASE, SECOND))
        .hasMessageContaining("batchSize");
    assertThatThrownBy(() -> new ProcessorSettings(10, Duration.ZERO, SECOND, SECOND, SECOND, LEASE, SECOND))
        .hasMessageContaining("pollInterval");
    assertThatThrownBy(() -> new ProcessorSettings(10, SECOND, null, SECOND, SECOND, LEASE, SECOND))
        .hasMessageContaining("standbyRetry");
    assertThatThrownBy(() -> new ProcessorSettings(10, SECOND, SECOND, SECOND, Duration.ofMillis(100), LEASE, SECOND))
        .hasMessageContaining("maxBackoff");
    assertThatThrownBy(() -> new ProcessorSettings(10, SECOND, SECOND, SECOND, SECOND, null, SECOND))
        .hasMessageContaining("lease");
    assertThatThrownBy(() -> new ProcessorSettings(10, SECOND, SECOND, SECOND, SECOND, LEASE, Duration.ZERO))
        .hasMessageContaining("leaseRenewal");
  }

  @Test
  void a_renewal_longer_than_a_third_of_the_lease_is_refused_so_a_renewed_lease_outlasts_the_reaction_margin() {
    assertThatThrownBy(() -> ProcessorSettings.defaults().withLease(Duration.ofSeconds(6), Duration.ofMillis(2001)))
        .hasMessage("leaseRenewal PT2.001S is more than a third of lease PT6S");

    ProcessorSettings tight = ProcessorSettings.defaults().withLease(Duration.ofSeconds(6), Duration.ofSeconds(2));

    assertThat(tight.reactionMargin()).isEqualTo(Duration.ofSeconds(3));
  }

  @Test
  void the_defaults_are_a_ten_second_lease_renewed_every_two_seconds() {
    ProcessorSettings defaults = ProcessorSettings.defaults();

    assertThat(List.of(defaults.lease(), defaults.leaseRenewal(), defaults.reactionMargin()))
        .containsExactly(LEASE, Duration.ofSeconds(2), Duration.ofSeconds(5));
  }

  @Test
  void the_backoff_doubles_from_the_initial_wait_up_to_the_maximum() {
    ProcessorSettings defaults = ProcessorSettings.defaults();

    List<Duration> waits = List.of(1, 2, 3, 9, 10, 1000).stream().map(defaults::backoff).toList();

    assertThat(waits).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(400),
        Duration.ofMillis(25600), Duration.ofSeconds(30), Duration.ofSeconds(30));
  }
}
