package dev.estodo.bench;

import java.util.Locale;

/**
 * One target of issue 13 checked against this run: what it asks, what was measured (null when
 * the run did not measure it), and whether it was met. Ratios are "at least", latencies "under".
 */
record Target(String target, Double measured, String unit, double limit, boolean atLeast) {
  /** Ruby's {@code POST /todo/{id}} at 16 connections, from issue 13, not measured here. */
  static final double RUBY_ADDS_PER_SECOND = 611;

  static Target ratio(String target, Double measured, double atLeast) {
    return new Target(target, measured, "x", atLeast, true);
  }

  static Target rate(String target, Double measured, double atLeast) {
    return new Target(target, measured, " events/s", atLeast, true);
  }

  static Target millis(String target, Double measured, double under) {
    return new Target(target, measured, " ms", under, false);
  }

  /** "met", "missed" or "n/a" (not measured). */
  String verdict() {
    if (measured == null) return "n/a";
    return (atLeast ? measured >= limit : measured < limit) ? "met" : "MISSED";
  }

  String line() {
    return String.format(Locale.ROOT, "%-72s %12s %12s  %s", target, format(measured), (atLeast ? ">= " : "< ")
        + format(limit), verdict());
  }

  static String header() {
    return String.format(Locale.ROOT, "%-72s %12s %12s  %s", "target (issue 13)", "measured", "target", "");
  }

  private String format(Double value) {
    if (value == null) return "n/a";
    if (unit.equals("x")) return String.format(Locale.ROOT, "%.2fx", value);
    return String.format(Locale.ROOT, unit.equals(" ms") ? "%.1f ms" : "%,.0f/s", value);
  }
}
