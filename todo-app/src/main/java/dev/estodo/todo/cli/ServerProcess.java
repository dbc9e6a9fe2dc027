package dev.estodo.todo.cli;

import dev.estodo.eventsourcing.ProcessorRunner;
import dev.estodo.eventsourcing.ProcessorStatus;
import dev.estodo.todo.Application;
import dev.estodo.todo.ServerSettings;
import dev.estodo.todo.reactors.Email;
import dev.estodo.todo.web.WebServer;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CountDownLatch;

/**
 * Runs a server process until SIGTERM or Ctrl-C, then stops its parts in reverse order of start:
 * the web server stops taking requests, processors finish the batch in hand, the database stops.
 */
final class ServerProcess {
  private ServerProcess() {}

  static int run(ServerSettings settings, boolean web, boolean processors) throws InterruptedException {
    Application application = Application.open(settings);
    Deque<AutoCloseable> started = new ArrayDeque<>();
    started.push(application);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(started, stopped), "estodo-shutdown"));
    if (processors) {
      ProcessorRunner runner = application.processors(
          Email.configured(settings.smtpUrl(), settings.emailFrom()), Clock.systemUTC());
      runner.start();
      started.push(runner);
      System.out.println("estodo processors started: " + runner.status().stream().map(ProcessorStatus::name).toList());
    }
    if (web) {
      WebServer server = application.webServer().start(settings.host(), settings.port());
      started.push(server);
      System.out.println("estodo listening on http://" + settings.host() + ":" + server.port());
    }
    stopped.await();
    return 0;
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
