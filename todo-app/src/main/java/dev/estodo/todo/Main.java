package dev.estodo.todo;

import dev.estodo.todo.cli.EstodoCommand;

/** The one entry point: {@code ./todo serve}, {@code ./todo web}, {@code ./todo add ...}. */
public final class Main {
  private Main() {}

  /** Runs the command the arguments name and exits with its status. */
  public static void main(String[] args) {
    System.exit(EstodoCommand.commandLine().execute(args));
  }
}
