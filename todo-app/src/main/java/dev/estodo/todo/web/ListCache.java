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
 * While one request renders a tag's answer, others missing the same tag wait for it ({@link #render})
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
   * The render of this tag's answer: claimed by the caller ({@link Render#ours}), who must then call
   * {@link Render#done} whatever happens, or the one another request claimed first, to await.
   */
  Render render(String projection, String tag) {
    Key key = new Key(projection, tag);
    CompletableFuture<byte[]> claim = new CompletableFuture<>();
    CompletableFuture<byte[]> other = renders.putIfAbsent(key, claim);
    return new Render(key, other == null ? claim : other, other == null);
  }

  /**
   * One tag's render under way. Its claimer may end it early (an answer too large to keep, released
   * as it starts streaming) and again when it returns: only the first {@link #done} counts, and it
   * removes this claim alone, never a later request's claim of the same tag.
   */
  final class Render {
    private final Key key;
    private final CompletableFuture<byte[]> answer;
    private final boolean ours;

    private Render(Key key, CompletableFuture<byte[]> answer, boolean ours) {
      this.key = key;
      this.answer = answer;
      this.ours = ours;
    }

    /** Whether the caller claimed it, and so renders it. */
    boolean ours() {
      return ours;
    }

    /** The claimer's answer, or null when it was not kept (too large, the checkpoint moved, or it failed). */
    byte[] await() {
      return answer.join();
    }

    /** The claimed render ended: keeps {@code body} unless it is null, then lets the waiters have it. */
    void done(byte[] body) {
      if (answer.isDone()) return;
      if (body != null) answers.put(key, body);
      renders.remove(key, answer);
      answer.complete(body);
    }
  }
}
