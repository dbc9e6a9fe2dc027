package dev.estodo.todo.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Rendered list answers by projection and entity tag, at most {@code maxBytes} of them in all (the
 * least used are evicted). An answer is the same bytes for as long as its tag names its projection's
 * checkpoint, so an entry is never stale: a moved checkpoint makes a new tag, and the old entry ages out.
 */
final class ListCache {
  private record Key(String projection, String tag) {}

  // the key, its strings and the entry's bookkeeping, roughly, so that tiny answers are not weighed as free
  private static final int ENTRY_OVERHEAD = 200;
  // Larger answers are streamed as they are read, as before: held whole, one would take as much memory
  // as the list is long, and a query that fails halfway could not be told from a short list.
  private static final long LARGEST_ANSWER = 2 * 1024 * 1024;

  private final Cache<Key, byte[]> answers;
  private final long largestAnswer;

  /** A cache of up to {@code maxBytes}; 0 keeps nothing. */
  ListCache(long maxBytes) {
    if (maxBytes < 0) throw new IllegalArgumentException("list cache size must be 0 or more, was " + maxBytes);
    this.answers = maxBytes == 0 ? null : Caffeine.newBuilder().maximumWeight(maxBytes)
        .<Key, byte[]>weigher((key, body) -> body.length + ENTRY_OVERHEAD).build();
    this.largestAnswer = Math.min(maxBytes / 8, LARGEST_ANSWER);
  }

  /** Whether answers are kept at all. */
  boolean enabled() {
    return answers != null;
  }

  /** The most bytes one answer may have to be kept: a larger one is streamed as it is read instead. */
  long largestAnswer() {
    return largestAnswer;
  }

  /** The answer kept for this tag of {@code projection}, or null. */
  byte[] get(String projection, String tag) {
    return answers.getIfPresent(new Key(projection, tag));
  }

  void put(String projection, String tag, byte[] body) {
    answers.put(new Key(projection, tag), body);
  }
}
