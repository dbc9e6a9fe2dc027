package dev.estodo.todo;

/**
 * What a web server keeps in memory to answer sooner: the decider states of up to {@code
 * commandStates} todos, so that a command on one of them is a single append, and up to {@code
 * listMegabytes} of rendered list answers, served while their projection has not moved.
 */
public record CacheSettings(int commandStates, int listMegabytes) {
  /** Todos whose state a command may be decided on without reading their stream first. */
  public static final int DEFAULT_COMMAND_STATES = 100_000;
  /** Megabytes of rendered list answers. */
  public static final int DEFAULT_LIST_MEGABYTES = 64;
  /** The defaults, as tests and the bench run the server. */
  public static final CacheSettings DEFAULTS = new CacheSettings(DEFAULT_COMMAND_STATES, DEFAULT_LIST_MEGABYTES);

  /** Reads {@code ESTODO_COMMAND_CACHE} and {@code ESTODO_LIST_CACHE} (0 turns either off), naming any wrong. */
  public static CacheSettings from(Environment environment) {
    return new CacheSettings(environment.number("ESTODO_COMMAND_CACHE", 0, 10_000_000, DEFAULT_COMMAND_STATES),
        environment.number("ESTODO_LIST_CACHE", 0, 65_536, DEFAULT_LIST_MEGABYTES));
  }

  /** The list cache's size in bytes. */
  public long listBytes() {
    return listMegabytes * 1024L * 1024L;
  }
}
