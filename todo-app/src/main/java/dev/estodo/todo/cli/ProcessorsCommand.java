package dev.estodo.todo.cli;

import dev.estodo.todo.ServerSettings;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code ./todo processors}: the projectors and the notifier alone, as in the original's Procfile. */
@Command(name = "processors", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Start the event processors only (projections and the notifier). Several copies "
        + "may run: one is active per processor, the others stand by.",
        "Each option overrides the environment variable it names."},
    footerHeading = "%nExamples:%n",
    footer = {
        "  The processors beside a ./todo web on the same embedded database",
        "    ./todo processors",
        "  On a PostgreSQL server, notifications sent by SMTP",
        "    ./todo processors --database-url postgres://estodo:secret@db/estodo \\",
        "      --smtp-url smtp://mail.example.com",
        "  A standby that tries every 200 ms to take over from the active one",
        "    ./todo processors --standby-retry 200ms"})
final class ProcessorsCommand implements Callable<Integer> {
  @Mixin DatabaseOptions database;
  @Mixin MailOptions mail;
  @Mixin ProcessorOptions processors;

  @Override
  public Integer call() throws InterruptedException {
    var processing = new ServerSettings.Processing(processors.settings(), mail.settings());
    return ServerProcess.run(new ServerSettings(database.settings(), Optional.empty(), Optional.of(processing)));
  }
}
