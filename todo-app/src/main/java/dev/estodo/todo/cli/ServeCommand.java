package dev.estodo.todo.cli;

import dev.estodo.todo.HealthSettings;
import dev.estodo.todo.ServerSettings;
import dev.estodo.todo.WebSettings;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code ./todo serve}: web and processors in one process, the quick start. */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Start everything: the database (embedded unless DATABASE_URL is set), the web "
        + "server and the event processors.", "Each option overrides the environment variable it names."},
    footerHeading = "%nExamples:%n",
    footer = {
        "  On http://127.0.0.1:3000, the data in ~/.estodo/postgres",
        "    ./todo serve",
        "  On every address, port 8080, the data somewhere else",
        "    ./todo serve --host 0.0.0.0 --port 8080 --data-dir /var/lib/estodo",
        "  On a PostgreSQL server, notifications sent by SMTP",
        "    DATABASE_URL=postgres://estodo:secret@db/estodo \\",
        "      SMTP_URL=smtp://mail.example.com ./todo serve"})
final class ServeCommand implements Callable<Integer> {
  @Mixin DatabaseOptions database;
  @Mixin WebOptions web;
  @Mixin MailOptions mail;
  @Mixin ProcessorOptions processors;

  @Override
  public Integer call() throws InterruptedException {
    var processing = new ServerSettings.Processing(processors.settings(), mail.settings());
    var settings = new ServerSettings(database.settings(), Optional.of(judgedByTheirLease(web.settings(), processing)),
        Optional.of(processing));
    return ServerProcess.run(settings);
  }

  // --lease is the processors' flag, so the environment alone, which ./todo web reads, might not have it
  private static WebSettings judgedByTheirLease(WebSettings web, ServerSettings.Processing processing) {
    HealthSettings health = new HealthSettings(web.health().failingLimit(), processing.tuning().lease());
    return new WebSettings(web.host(), web.port(), web.readWait(), web.limits(), web.allowedHosts(), health,
        web.idempotencyTtl(), web.requestLog(), web.caches());
  }
}
