package dev.estodo.todo.cli;

import dev.estodo.eventsourcing.processing.ProcessorRunner;
import dev.estodo.eventsourcing.processing.ProcessorStatus;
import dev.estodo.todo.Application;
import dev.estodo.todo.ServerSettings;
import dev.estodo.todo.WebSettings;
import dev.estodo.todo.reactors.Email;
import dev.estodo.todo.web.WebServer;
import java.time.Clock;
import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CountDownLatch;

/**
 * Runs a server process until SIGTERM or Ctrl-C, then stops its parts in reverse order of start:
 * the web server stops taking requests, processors finish the batch in hand, the database stops.
 */
final class ServerProcess {
  private ServerProcess() {}

  static int run(ServerSettings settings) throws InterruptedException {
    Application application = open(settings);
    Deque<AutoCloseable> started = new ConcurrentLinkedDeque<>();
    started.push(application);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(started, stopped), "estodo-shutdown"));
    if (settings.processing().isPresent()) {
      ServerSettings.Processing processing = settings.processing().get();
      ProcessorRunner runner = application.processors(
          processing.tuning(), Email.configured(processing.mail()), Clock.systemUTC());
      runner.start();
      started.push(runner);
      System.out.println("estodo processors started: " + runner.status().stream().map(ProcessorStatus::name).toList());
    }
    if (settings.web().isPresent()) {
      WebSettings web = settings.web().get();
      WebServer server = listen(application, web);
      started.push(server);
      System.out.println("estodo listening on http://" + web.host() + ":" + server.port());
    }
    stopped.await();
    return 0;
  }

  /** A database that cannot be reached is the user's to fix: say so in one line, no stack trace. */
  private static Application open(ServerSettings settings) {
    try {
      return Application.open(settings.database());
    } catch (RuntimeException e) {
      String setting = settings.database().url().isEmpty() ? "ESTODO_DATA_DIR" : "DATABASE_URL";
      throw new CliException("cannot open the database (check " + setting + "): " + rootCause(e));
    }
  }

  private static WebServer listen(Application application, WebSettings settings) {
    try {
      return application.webServer(settings.readWait()).start(settings.host(), settings.port());
    } catch (RuntimeException e) {
      throw new CliException("cannot listen on " + settings.host() + ":" + settings.port()
          + " (check HOST and PORT): " + rootCause(e));
    }
  }

  private static String rootCause(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + root.getMessage() + ")";
  }

  private static void stop(Deque<AutoCloseable> started, CountDownLatch stopped) {
    while (!started.isEmpty()) {
      try {
        started.pop().close();
      } catch (Exception e) {
        System.err.println("estodo: error while stopping: " + e);
      }
    }
    stopped.countDown();
  }
}
