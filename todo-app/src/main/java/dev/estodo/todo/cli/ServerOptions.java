package dev.estodo.todo.cli;

import dev.estodo.todo.ServerSettings;
import dev.estodo.todo.reactors.SmtpEmail;
import dev.estodo.todo.reactors.SmtpUrl;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The settings every server command takes: each an environment variable, a flag overrides it. */
final class ServerOptions {
  static final String DEFAULT_DATA_DIR = "${sys:user.home}/.estodo/postgres";

  @Option(names = "--database-url", defaultValue = "${env:DATABASE_URL}",
      description = "DATABASE_URL: postgres://user:pass@host:port/db or jdbc:postgresql://... "
          + "(default: an embedded PostgreSQL)")
  String databaseUrl;

  @Option(names = "--data-dir", defaultValue = "${env:ESTODO_DATA_DIR:-" + DEFAULT_DATA_DIR + "}",
      description = "ESTODO_DATA_DIR: the embedded PostgreSQL's data (default: ${DEFAULT-VALUE})")
  String dataDirectory;

  @Option(names = "--data-port", defaultValue = "${env:ESTODO_DATA_PORT}",
      description = "ESTODO_DATA_PORT: the embedded PostgreSQL's port (default: the one it last ran on, "
          + "a free one the first time)")
  String dataPort;

  @Option(names = "--port", defaultValue = "${env:PORT:-3000}",
      description = "PORT: HTTP port, 0 picks a free one (default: ${DEFAULT-VALUE})")
  String port;

  @Option(names = "--host", defaultValue = "${env:HOST:-127.0.0.1}",
      description = "HOST: address to listen on, 0.0.0.0 to expose it (default: ${DEFAULT-VALUE})")
  String host;

  @Option(names = "--smtp-url", defaultValue = "${env:SMTP_URL}",
      description = "SMTP_URL: smtp://user:pass@host:port (default: print emails to the console)")
  String smtpUrl;

  @Option(names = "--email-from", defaultValue = "${env:EMAIL_FROM:-estodo@localhost}",
      description = "EMAIL_FROM: sender of notification emails (default: ${DEFAULT-VALUE})")
  String emailFrom;

  /** The validated settings; a wrong value fails with a message naming the setting. */
  ServerSettings settings() {
    return new ServerSettings(blankToNull(databaseUrl), Path.of(dataDirectory), host, port(),
        smtpUrl(), emailFrom, dataPort());
  }

  private String smtpUrl() {
    String url = blankToNull(smtpUrl);
    if (url == null) return null;
    try {
      SmtpUrl.parse(url);
      SmtpEmail.sender(emailFrom);
      return url;
    } catch (IllegalArgumentException e) {
      throw new CliException(e.getMessage());
    }
  }

  private int port() {
    try {
      int value = Integer.parseInt(port.trim());
      if (value >= 0 && value <= 65535) return value;
    } catch (NumberFormatException e) {
      // reported below, naming the setting
    }
    throw new CliException("PORT must be a number from 0 to 65535, got: " + port);
  }

  private Integer dataPort() {
    String value = blankToNull(dataPort);
    if (value == null) return null;
    try {
      int number = Integer.parseInt(value);
      if (number >= 1 && number <= 65535) return number;
    } catch (NumberFormatException e) {
      // reported below, naming the setting
    }
    throw new CliException("ESTODO_DATA_PORT must be a number from 1 to 65535, got: " + dataPort);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
