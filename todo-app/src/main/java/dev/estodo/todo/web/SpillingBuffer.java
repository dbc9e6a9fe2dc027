package dev.estodo.todo.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Bytes kept in memory up to a limit; past it, what was kept and everything after go to the stream
 * {@code spill} opens, so an answer too large to keep is still sent whole without being held whole.
 */
final class SpillingBuffer extends OutputStream {
  /** Opens the stream past the limit, once: a response whose headers are set by then. */
  interface Spill {
    OutputStream open() throws IOException;
  }

  private final long limit;
  private final Spill spill;
  private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
  private OutputStream spilled;

  SpillingBuffer(long limit, Spill spill) {
    this.limit = limit;
    this.spill = spill;
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] bytes, int offset, int length) throws IOException {
    if (spilled == null && kept.size() + (long) length > limit) {
      spilled = spill.open();
      kept.writeTo(spilled);
      kept.reset();
    }
    if (spilled != null) {
      spilled.write(bytes, offset, length);
    } else {
      kept.write(bytes, offset, length);
    }
  }

  /** Whether the limit was passed, so the bytes went to the spill stream. */
  boolean spilled() {
    return spilled != null;
  }

  /** The bytes kept: all of them unless {@link #spilled()}. */
  byte[] kept() {
    return kept.toByteArray();
  }
}
