package dev.estodo.todo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.estodo.todo.Application;
import dev.estodo.todo.TestServer;
import dev.estodo.todo.TodoHistory;
import dev.estodo.todo.events.TodoAbandoned;
import dev.estodo.todo.events.TodoAdded;
import dev.estodo.todo.events.TodoAmended;
import dev.estodo.todo.events.TodoCompleted;
import dev.estodo.todo.events.TodoMovedUp;
import dev.estodo.todo.projections.CompletedTodos;
import dev.estodo.todo.projections.OutstandingTodos;
import dev.estodo.todo.projections.ScheduledTodos;
import dev.estodo.todo.reactors.RecordingEmail;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class RebuildCommandTest {
  private static final List<String> PROJECTIONS = List.of(OutstandingTodos.NAME, ScheduledTodos.NAME, CompletedTodos.NAME);

  private final TestServer server = TestServer.startWithProcessors(new RecordingEmail(), Clock.systemUTC());
  private final Application application = server.application();
  private final TodoHistory history = new TodoHistory(application.store());
  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

  @AfterEach
  void close() throws Exception {
    server.close();
  }

  @Test
  void a_projection_rebuilt_from_scratch_equals_the_live_one() throws Exception {
    long last = seedAWeekOfTodos();
    projectionsReach(last);
    List<List<?>> live = lists();
    damage("query_outstanding_todos", "query_scheduled_todos", "query_completed_todos");

    int exitCode = rebuild("all");
    projectionsReach(last);

    assertThat(exitCode).isZero();
    assertThat(lists()).isEqualTo(live);
    assertThat(live).allSatisfy(list -> assertThat(list).isNotEmpty());
    assertThat(printed.toString(StandardCharsets.UTF_8)).contains(PROJECTIONS.stream()
        .map(name -> "estodo: reset " + name + "; processors rebuild it from the first event").toList());
  }

  @Test
  void rebuilding_an_unknown_projection_fails_and_names_the_choices() {
    StringWriter err = new StringWriter();
    CommandLine command = EstodoCommand.commandLine();
    command.setErr(new PrintWriter(err));

    int exitCode = command.execute("rebuild", "chopper", "--database-url", databaseUrl());

    assertThat(exitCode).isEqualTo(1);
    assertThat(err.toString()).contains("rebuild takes outstanding, scheduled, completed, all or notifier, got: chopper");
  }

  @Test
  void an_online_rebuild_of_every_projection_says_each_equals_its_rebuild_and_swaps_it_in() throws Exception {
    long last = seedAWeekOfTodos();
    projectionsReach(last);
    List<List<?>> live = lists();

    int exitCode = rebuild("--online", "all");

    assertThat(exitCode).isZero();
    assertThat(lists()).isEqualTo(live);
    // The notifier may have recorded its notification by then: one event more.
    assertThat(printed.toString(StandardCharsets.UTF_8)).containsPattern(PROJECTIONS.stream()
        .map(name -> "estodo: " + name + " equals its rebuild at position 1[12] \\(1[12] events\\); swapped in")
        .collect(Collectors.joining("(.|\n)*")));
  }

  @Test
  void an_online_verification_names_the_corrupted_row_and_fails() throws Exception {
    long last = seedAWeekOfTodos();
    projectionsReach(last);
    try (Connection connection = application.dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("UPDATE query_completed_todos SET title = 'Get to the choppa'");
    }

    int exitCode = rebuild("--online", "completed", "--verify-only");

    assertThat(exitCode).isOne();
    assertThat(printed.toString(StandardCharsets.UTF_8)).containsPattern(
        "estodo: completed_todos differs from its rebuild at position 1[12] \\(1[12] events\\); not swapped");
    assertThat(printed.toString(StandardCharsets.UTF_8)).contains("  query_completed_todos, differing rows: 1", "\"title\": \"Get to the choppa\"",
        "\"title\": \"Get to the chopper\"");
    assertThat(((CompletedTodos) application.projectors().get(2)).list().get(0).title()).isEqualTo("Get to the choppa");
  }

  @Test
  void verify_only_without_online_and_an_online_notifier_are_refused() {
    StringWriter err = new StringWriter();
    CommandLine command = EstodoCommand.commandLine();
    command.setErr(new PrintWriter(err));

    int verifyOnly = command.execute("rebuild", "all", "--verify-only", "--database-url", databaseUrl());
    int notifier = command.execute("rebuild", "--online", "notifier", "--database-url", databaseUrl());

    assertThat(verifyOnly).isEqualTo(1);
    assertThat(notifier).isEqualTo(1);
    assertThat(err.toString()).contains("--verify-only goes with --online",
        "rebuild --online takes outstanding, scheduled, completed or all, got: notifier");
  }

  private long seedAWeekOfTodos() {
    UUID chopper = UUID.randomUUID();
    UUID squats = UUID.randomUUID();
    UUID milk = UUID.randomUUID();
    UUID clothes = UUID.randomUUID();
    history.append(chopper, new TodoAdded("Get to the chopper", "Now!", "2017-06-14", "dutch@example.com"));
    history.append(squats, new TodoAdded("2000 squats", "Leg day.", "2017-06-13T06:00:00+10:00", null));
    history.append(milk, new TodoAdded("Milk is for babies", null, null, null));
    history.append(clothes, new TodoAdded("Your clothes, give them to me, now!", null, "2017-06-13", null));
    history.append(milk, new TodoMovedUp());
    history.append(squats, new TodoAmended(null, Optional.of("It IS leg day!"), null, null));
    history.append(squats, new TodoAmended(null, null, null, null));
    history.append(clothes, new TodoAbandoned("2017-06-13"));
    history.append(milk, new TodoAmended(null, null, Optional.of("2017-06-14"), null));
    history.append(chopper, new TodoCompleted("2017-06-15"));
    return history.append(squats, new TodoMovedUp());
  }

  private List<List<?>> lists() {
    var projectors = application.projectors();
    return List.of(((OutstandingTodos) projectors.get(0)).list(), ((ScheduledTodos) projectors.get(1)).list(),
        ((CompletedTodos) projectors.get(2)).list());
  }

  private void projectionsReach(long position) {
    assertThat(application.checkpoints().awaitPosition(PROJECTIONS, position, Duration.ofSeconds(30))).isTrue();
  }

  private void damage(String... tables) throws Exception {
    try (Connection connection = application.dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      for (String table : tables) {
        statement.execute("DELETE FROM " + table);
      }
    }
  }

  /** Runs {@code ./todo rebuild}, which prints to standard output: the test keeps what it printed. */
  private int rebuild(String... arguments) {
    PrintStream stdout = System.out;
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      List<String> command = new ArrayList<>(List.of("rebuild"));
      command.addAll(List.of(arguments));
      command.addAll(List.of("--database-url", databaseUrl()));
      return EstodoCommand.commandLine().execute(command.toArray(String[]::new));
    } finally {
      System.setOut(stdout);
    }
  }

  private String databaseUrl() {
    return Cli.databaseUrl((HikariDataSource) application.dataSource());
  }
}
