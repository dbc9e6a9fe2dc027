package dev.estodo.todo.web;

import dev.estodo.todo.WebLimits;
import io.javalin.config.JavalinConfig;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.component.LifeCycle;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * How Jetty keeps slow clients from holding the server. Headers are parsed without a thread, so a
 * client trickling them holds only its connection, closed after the idle timeout of silence. A
 * body is read on a request thread: it must keep arriving at the minimum average rate ({@link
 * BodyRate}, else 408) and never fall silent for the idle timeout (else 408), and the pool has threads enough for
 * hundreds of such readers at once besides the requests that answer at once. Waits and event
 * streams hold no thread.
 */
final class SlowClients {
  private static final int MIN_THREADS = 8;
  private static final int THREAD_IDLE_MILLIS = 60_000;
  // connections the kernel queues before Jetty accepts them: a burst of a thousand waits must not
  // have its connection attempts dropped (and retried a second later) by a short queue
  private static final int ACCEPT_QUEUE = 1024;

  private SlowClients() {}

  static void configure(JavalinConfig config, WebLimits limits) {
    QueuedThreadPool threads = new QueuedThreadPool(limits.maxThreads(), MIN_THREADS, THREAD_IDLE_MILLIS);
    threads.setName("estodo-http");
    config.jetty.threadPool = threads;
    config.jetty.modifyHttpConfiguration(http -> {
      http.setIdleTimeout(limits.idleTimeout().toMillis());
    });
    config.jetty.modifyServer(server -> server.addEventListener(idleTimeoutOnStart(server, limits)));
  }

  // Javalin adds its connector when it starts, after every configuration hook has run, and opens it after this.
  private static LifeCycle.Listener idleTimeoutOnStart(Server server, WebLimits limits) {
    return new LifeCycle.Listener() {
      @Override
      public void lifeCycleStarting(LifeCycle event) {
        for (Connector connector : server.getConnectors()) {
          if (connector instanceof AbstractConnector c) c.setIdleTimeout(limits.idleTimeout().toMillis());
          if (connector instanceof ServerConnector c) c.setAcceptQueueSize(ACCEPT_QUEUE);
        }
      }
    };
  }
}
