package dev.estodo.bench;

import java.util.Arrays;

/** Nanoseconds per operation, recorded by one thread, merged and sorted to read percentiles. */
final class Latencies {
  private long[] nanos = new long[1024];
  private int size;

  void record(long elapsedNanos) {
    if (size == nanos.length) nanos = Arrays.copyOf(nanos, size * 2);
    nanos[size++] = elapsedNanos;
  }

  int count() {
    return size;
  }

  /** All recordings of {@code parts}, sorted. */
  static long[] sorted(Iterable<Latencies> parts) {
    int total = 0;
    for (Latencies part : parts) {
      total += part.size;
    }
    long[] all = new long[total];
    int at = 0;
    for (Latencies part : parts) {
      System.arraycopy(part.nanos, 0, all, at, part.size);
      at += part.size;
    }
    Arrays.sort(all);
    return all;
  }

  /** The {@code fraction} percentile of {@code sorted} in milliseconds (nearest rank), or null if empty. */
  static Double percentileMillis(long[] sorted, double fraction) {
    if (sorted.length == 0) return null;
    int rank = (int) Math.ceil(fraction * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
  }
}
