package dev.estodo.bench;

import java.util.List;

/** Finding measured rows again, to check them against a target. */
final class Rows {
  private Rows() {}

  /** The first row at {@code concurrency} (any, when negative) whose variant starts with {@code prefix}, or null. */
  static Measurement find(List<Measurement> rows, int concurrency, String prefix) {
    return rows.stream().filter(row -> concurrency < 0 || row.concurrency() == concurrency)
        .filter(row -> row.variant().startsWith(prefix)).findFirst().orElse(null);
  }

  /** {@code row}'s rate over {@code base}'s, null when either was not measured. */
  static Double ratio(Measurement row, Measurement base) {
    return row == null || base == null || base.rate() == 0 ? null : row.rate() / base.rate();
  }
}
