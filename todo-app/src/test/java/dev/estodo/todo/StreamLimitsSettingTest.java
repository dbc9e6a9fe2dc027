package dev.estodo.todo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StreamLimitsSettingTest {
  @Test
  void the_stream_limits_default_to_200_streams_a_heartbeat_every_15_s_and_800_threads() {
    WebLimits limits = WebLimits.from(Environment.of(Map.of()));

    assertThat(limits.maxStreams()).isEqualTo(200);
    assertThat(limits.heartbeat()).isEqualTo(Duration.ofSeconds(15));
    assertThat(limits.maxThreads()).isEqualTo(800);
  }

  @Test
  void the_stream_limits_are_read_from_their_settings() {
    Environment set = Environment.of(Map.of("ESTODO_MAX_STREAMS", "40", "ESTODO_HEARTBEAT", "500ms",
        "ESTODO_MAX_THREADS", "16"));

    assertThat(WebLimits.from(set)).isEqualTo(WebLimits.DEFAULTS.withStreams(40, Duration.ofMillis(500), 16));
  }

  @Test
  void a_wrong_stream_limit_fails_naming_its_setting() {
    assertThatThrownBy(() -> WebLimits.from(Environment.of(Map.of("ESTODO_MAX_STREAMS", "0"))))
        .isInstanceOf(InvalidSettingException.class).hasMessageStartingWith("ESTODO_MAX_STREAMS must be");
    assertThatThrownBy(() -> WebLimits.from(Environment.of(Map.of("ESTODO_HEARTBEAT", "15"))))
        .isInstanceOf(InvalidSettingException.class).hasMessageStartingWith("ESTODO_HEARTBEAT must be");
    assertThatThrownBy(() -> WebLimits.from(Environment.of(Map.of("ESTODO_MAX_THREADS", "4"))))
        .isInstanceOf(InvalidSettingException.class).hasMessageStartingWith("ESTODO_MAX_THREADS must be");
  }
}
