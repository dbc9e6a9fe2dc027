package dev.estodo.todo;

import dev.estodo.eventsourcing.processing.ProcessorSettings;
import java.util.Optional;

/**
 * How a server process is configured, every value parsed once at start from the environment and
 * flags: its database, and the web server and processors it runs (absent when it runs none).
 */
public record ServerSettings(DatabaseSettings database, Optional<WebSettings> web, Optional<Processing> processing) {
  /** What the processors need: their tuning, and how the notifier sends email. */
  public record Processing(ProcessorSettings tuning, MailSettings mail) {}
}
