package dev.estodo.todo;

import java.nio.file.Path;

/**
 * How a server process is configured: where the database is, where to listen, how to send email.
 * Built from environment variables and flags by {@code cli.ServerOptions}, already validated.
 */
public record ServerSettings(
    String databaseUrl, Path dataDirectory, String host, int port, String smtpUrl, String emailFrom) {}
