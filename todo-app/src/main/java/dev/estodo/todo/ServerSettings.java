package dev.estodo.todo;

import java.nio.file.Path;

/**
 * How a server process is configured: where the database is, where to listen, how to send email;
 * {@code dataPort} is the embedded PostgreSQL's port (null: the one it last ran on).
 * Built from environment variables and flags by {@code cli.ServerOptions}, already validated.
 */
public record ServerSettings(
    String databaseUrl, Path dataDirectory, String host, int port, String smtpUrl, String emailFrom,
    Integer dataPort) {}
