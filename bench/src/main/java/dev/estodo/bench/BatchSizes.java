package dev.estodo.bench;

import java.util.Locale;

/**
 * The group commit's batch sizes as the server reports them in {@code /metrics}
 * ({@code estodo_append_batch_size}: its count, sum and max, summed over any labels); read before
 * and after a measurement, the mean is over that time, the max as the server last reported it.
 */
record BatchSizes(double count, double sum, Double max) {
  private static final String NAME = "estodo_append_batch_size";

  /** The figures in {@code metrics}, or null when the server has no such metric. */
  static BatchSizes in(String metrics) {
    double count = 0;
    double sum = 0;
    Double max = null;
    boolean found = false;
    for (String line : metrics.split("\n")) {
      if (!line.startsWith(NAME)) continue;
      String name = line.split("[{ ]", 2)[0];
      double value = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
      if (name.equals(NAME + "_count")) count += value;
      if (name.equals(NAME + "_sum")) sum += value;
      if (name.equals(NAME + "_max")) max = max == null ? value : Math.max(max, value);
      found = true;
    }
    return found ? new BatchSizes(count, sum, max) : null;
  }

  /** What {@code before} and {@code after} say of the time between them, for the report. */
  static String between(BatchSizes before, BatchSizes after) {
    if (before == null || after == null) return "append batch size: n/a (the server reports no " + NAME + ")";
    double batches = after.count - before.count;
    String mean = batches == 0 ? "n/a" : String.format(Locale.ROOT, "%.2f", (after.sum - before.sum) / batches);
    String max = after.max == null ? "n/a" : String.format(Locale.ROOT, "%.0f", after.max);
    return String.format(Locale.ROOT, "append batch size: mean %s, max %s, over %,.0f batches", mean, max, batches);
  }
}
