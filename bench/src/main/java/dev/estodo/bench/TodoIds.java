package dev.estodo.bench;

import java.util.UUID;

/**
 * Todo ids that a generator and the bench agree on without passing lists: a run's nonce, a slot
 * (a generator thread) and a number. wrk's scripts format the same ids with {@link #FORMAT}.
 */
final class TodoIds {
  /** The id's layout: nonce, slot, number, in a version 4, variant 1 UUID's shape. */
  static final String FORMAT = "%08x-%04x-4000-8000-%012x";

  private TodoIds() {}

  static UUID of(long nonce, int slot, long number) {
    return UUID.fromString(String.format(FORMAT, nonce & 0xffffffffL, slot, number));
  }

  /** A nonce for one run of a generator, so its new todos never collide with an earlier run's. */
  static long nonce() {
    return (System.nanoTime() ^ (System.currentTimeMillis() << 20)) & 0x7fffffffL;
  }
}
