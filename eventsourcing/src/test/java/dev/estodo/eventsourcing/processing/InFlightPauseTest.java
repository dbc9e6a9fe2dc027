package dev.estodo.eventsourcing.processing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class InFlightPauseTest {
  @Test
  void a_held_back_follower_pauses_longer_each_time_up_to_the_poll_interval_and_from_5_ms_again_once_it_moves() {
    InFlightPause pause = new InFlightPause(Duration.ofMillis(100));

    List<Long> waits = Stream.of(false, false, false, false, false, false, true, false)
        .map(moved -> pause.next(moved).toMillis()).toList();
    pause.reset();

    assertThat(waits).containsExactly(5L, 10L, 20L, 40L, 80L, 100L, 5L, 10L);
    assertThat(pause.next(false)).isEqualTo(Duration.ofMillis(5));
  }
}
