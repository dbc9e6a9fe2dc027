package dev.estodo.todo.web;

import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where a query that waited for its projection runs once the wait is over. Not on the thread that
 * ended the wait (a processor committing, the watch, the timer), and on few threads, so that a
 * thousand waits ending at once queue here instead of taking every pooled connection.
 */
final class WaitAnswers {
  private static final int THREADS = 4;
  private static final AtomicInteger count = new AtomicInteger();

  /** Daemon threads that end when idle, shared by every server of the process. */
  static final Executor EXECUTOR = executor();

  private WaitAnswers() {}

  private static Executor executor() {
    ThreadPoolExecutor executor = new ThreadPoolExecutor(THREADS, THREADS, 10, TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(), runnable -> {
          Thread thread = new Thread(runnable, "estodo-wait-answer-" + count.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        });
    executor.allowCoreThreadTimeOut(true);
    return executor;
  }
}
