package dev.estodo.todo.cli;

import dev.estodo.eventsourcing.processing.ProcessorRunner;
import dev.estodo.eventsourcing.processing.ProcessorStatus;
import dev.estodo.eventsourcing.processing.RestoredStoreException;
import dev.estodo.todo.Application;
import dev.estodo.todo.ServerSettings;
import dev.estodo.todo.WebLimits;
import dev.estodo.todo.WebSettings;
import dev.estodo.todo.reactors.Email;
import dev.estodo.todo.web.IdempotencyPurge;
import dev.estodo.todo.web.WebServer;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;

/**
 * Runs a server process until SIGTERM or Ctrl-C. An address or port it cannot listen on is found
 * before anything starts; then it starts the database, the web server and the processors, in that
 * order, and a start that fails stops whatever it had started and says why. It stops the web
 * server first (no new requests) and its purge of expired idempotency keys, then the processors
 * (each commits the batch in hand), then the database. A SIGTERM during the start waits for the
 * part in hand, starts nothing more, and stops what was started: the processors' leases are given
 * up either way.
 */
final class ServerProcess {
  private final ServerSettings settings;
  private Application application;
  private WebServer web;
  private IdempotencyPurge purge;
  private ProcessorRunner processors;
  private volatile boolean stopping;

  private ServerProcess(ServerSettings settings) {
    this.settings = settings;
  }

  static int run(ServerSettings settings) throws InterruptedException {
    ServerProcess process = new ServerProcess(settings);
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook = new Thread(() -> {
      process.stop();
      stopped.countDown();
    }, "estodo-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      process.start();
    } catch (RuntimeException e) {
      process.stop();
      removeQuietly(hook);
      throw e;
    }
    stopped.await();
    return 0;
  }

  // Synchronized with stop, which sets stopping first: a SIGTERM before or during the start ends it
  // at the next part, and the stop then closes what it had started.
  private synchronized void start() {
    settings.web().ifPresent(webSettings -> ListenAddress.check(webSettings.host(), webSettings.port()));
    if (stopping) return;
    int maxWaits = settings.web().map(web -> web.limits().maxWaits()).orElse(WebLimits.DEFAULT_MAX_WAITS);
    application = OpenedApplication.open(settings.database(), maxWaits);
    if (!stopping && settings.web().isPresent()) web = listen(settings.web().get());
    if (!stopping && settings.processing().isPresent()) {
      ServerSettings.Processing processing = settings.processing().get();
      processors = application.processors(processing.tuning(), Email.configured(processing.mail()), Clock.systemUTC());
      startProcessors();
      System.out.println("estodo processors started: " + processors.status().stream().map(ProcessorStatus::name).toList());
    }
    if (web != null) {
      System.out.println("estodo listening on http://" + settings.web().get().host() + ":" + web.port());
    }
  }

  private void startProcessors() {
    try {
      processors.start();
    } catch (RestoredStoreException e) {
      throw new CliException("the processors cannot start: " + e.getMessage()
          + ". Repair it with ./todo " + RenumberCommand.NAME + " (same database settings), then start again.");
    }
  }

  private WebServer listen(WebSettings webSettings) {
    try {
      purge = new IdempotencyPurge(application.dataSource(), webSettings.idempotencyTtl());
      return application.webServer(webSettings.readWait(), webSettings.limits(), webSettings.health(),
          webSettings.caches())
          .allowHosts(webSettings.allowedHosts()).logRequests(webSettings.requestLog())
          .start(webSettings.host(), webSettings.port());
    } catch (IllegalStateException e) {
      throw ListenAddress.failure(webSettings.host(), webSettings.port(), e.getCause());
    }
  }

  private void stop() {
    stopping = true;
    synchronized (this) {
      closeAll();
    }
  }

  private void closeAll() {
    if (application == null) return;
    System.out.println("estodo stopping");
    closeQuietly(web);
    closeQuietly(purge);
    closeQuietly(processors);
    closeQuietly(application);
    System.out.println("estodo stopped");
    web = null;
    purge = null;
    processors = null;
    application = null;
  }

  private static void closeQuietly(AutoCloseable part) {
    if (part == null) return;
    try {
      part.close();
    } catch (Exception e) {
      System.err.println("estodo: error while stopping: " + e);
    }
  }

  private static void removeQuietly(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // the JVM is shutting down already, and the hook runs (harmlessly: everything is stopped)
    }
  }
}
