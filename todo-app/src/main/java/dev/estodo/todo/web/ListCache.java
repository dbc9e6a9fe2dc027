package dev.estodo.todo.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Rendered list answers by projection and entity tag, at most {@code maxBytes} of them in all (the
 * least used are evicted). An answer is the same bytes for as long as its tag names its projection's
 * checkpoint, so an entry is never stale: a moved checkpoint makes a new tag, and the old entry ages out.
 * While one request renders a tag's answer, others missing the same tag wait for it ({@link #rendering})
 * instead of rendering it again: 16 connections asking for a list that just moved read it once.
 */
final class ListCache {
  private record Key(String projection, String tag) {}

  // the key, its strings and the entry's bookkeeping, roughly, so that tiny answers are not weighed as free
  private static final int ENTRY_OVERHEAD = 200;
  // One answer may take an eighth of the cache, so a few large lists fit with the small ones; larger
  // answers are streamed as they are read. A byte array cannot pass 2 GB: the bound stays under it.
  private static final long SHARE = 8;
  private static final long LARGEST_ANSWER = 1L << 30;

  private final Cache<Key, byte[]> answers;
  private final ConcurrentMap<Key, CompletableFuture<byte[]>> renders = new ConcurrentHashMap<>();
  private final long largestAnswer;

  /** A cache of up to {@code maxBytes}; 0 keeps nothing. */
  ListCache(long maxBytes) {
    if (maxBytes < 0) throw new IllegalArgumentException("list cache size must be 0 or more, was " + maxBytes);
    this.answers = maxBytes == 0 ? null : Caffeine.newBuilder().maximumWeight(maxBytes)
        .<Key, byte[]>weigher((key, body) -> body.length + ENTRY_OVERHEAD).build();
    this.largestAnswer = Math.min(maxBytes / SHARE, LARGEST_ANSWER);
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

  /**
   * Claims the render of this tag: null when the caller is the one to render it (it must then call
   * {@link #rendered} whatever happens), else the render under way, whose result is the answer or
   * null when it was not kept (too large, the checkpoint moved, or it failed).
   */
  CompletableFuture<byte[]> rendering(String projection, String tag) {
    return renders.putIfAbsent(new Key(projection, tag), new CompletableFuture<>());
  }

  /** The claimed render ended: keeps {@code body} unless it is null, then lets the waiters have it. */
  void rendered(String projection, String tag, byte[] body) {
    Key key = new Key(projection, tag);
    if (body != null) answers.put(key, body);
    CompletableFuture<byte[]> render = renders.remove(key);
    if (render != null) render.complete(body);
  }
}
