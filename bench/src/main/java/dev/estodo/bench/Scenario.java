package dev.estodo.bench;

import java.util.List;

/** One numbered part of the bench; it measures its variants and their baseline on fresh databases. */
interface Scenario {
  /** The name to select it on the command line, e.g. {@code append}. */
  String name();

  /** Its number and name as the report shows them, e.g. {@code 1 append}; the number selects it too. */
  String label();

  /** Runs every variant, in the order the report lists them. */
  List<Measurement> run(BenchContext context) throws Exception;
}
