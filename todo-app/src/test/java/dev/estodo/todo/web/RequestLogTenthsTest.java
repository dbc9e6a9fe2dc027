package dev.estodo.todo.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class RequestLogTenthsTest {
  @Test
  void the_time_is_written_as_percent_point_one_f_writes_it() {
    for (int hundredths = 0; hundredths < 200_000; hundredths++) {
      float millis = hundredths / 100f;

      String written = RequestLog.tenths(millis);

      assertThat(written).as("%s ms", millis).isEqualTo(String.format(Locale.ROOT, "%.1f", millis));
    }
  }
}
