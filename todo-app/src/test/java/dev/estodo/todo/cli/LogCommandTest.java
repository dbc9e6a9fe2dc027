package dev.estodo.todo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.estodo.todo.TestServer;
import dev.estodo.todo.TodoHttp;
import dev.estodo.todo.WebLimits;
import dev.estodo.todo.WebSettings;
import dev.estodo.todo.cli.Cli.Run;
import dev.estodo.todo.reactors.RecordingEmail;
import dev.estodo.todo.web.WebServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code ./todo history} and {@code ./todo log} against a real server. */
class LogCommandTest {
  private static TestServer server;
  private static final String CHOPPER = UUID.randomUUID().toString();
  @TempDir static Path home;
  private static Cli cli;

  @BeforeAll
  static void a_todo_with_a_history() {
    server = TestServer.startWithProcessors(new RecordingEmail(), Clock.systemUTC());
    cli = new Cli(server.uri(""), home.resolve("cli-positions"));
    cli.run("add", "-i", CHOPPER, "-t", "Get to the chopper", "-D", "2017-01-01", "--description", "It's in the trees");
    cli.run("amend", "-i", CHOPPER, "-t", "Get to the chopper now");
    cli.run("complete", "-i", CHOPPER, "-D", "2017-07-13");
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  @Test
  void history_prints_a_todos_events_in_words_one_a_line_with_its_time() {
    Run run = cli.run("history", "-i", CHOPPER);

    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines()).hasSize(3);
    assertThat(run.out().lines().map(line -> line.substring(21))).containsExactly(
        "Added \"Get to the chopper\", due 1 Jan 2017, description \"It's in the trees\"",
        "Title changed from \"Get to the chopper\" to \"Get to the chopper now\"",
        "Completed on 13 Jul 2017");
    assertThat(run.out().lines()).allMatch(line -> line.matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d  .*"));
  }

  @Test
  void history_with_json_prints_the_events_and_an_unknown_todo_is_an_error() {
    assertThat(cli.run("history", "-i", CHOPPER, "--json").out()).contains("\"type\": \"todo_amended\"");

    Run unknown = cli.run("history", "-i", UUID.randomUUID().toString());

    assertThat(unknown.exitCode()).isEqualTo(1);
    assertThat(unknown.err()).contains("Not Found");
  }

  @Test
  void log_prints_the_last_events_of_the_store_oldest_first_with_their_sentences() {
    Run run = cli.run("log", "--limit", "2");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines()).hasSize(2);
    assertThat(run.out().lines().toList().get(0)).contains(CHOPPER.substring(0, 8) + "  todo_amended  Title changed from");
    assertThat(run.out().lines().toList().get(1)).endsWith("  todo_completed  Completed on 13 Jul 2017");
    assertThat(cli.run("log", "--json", "--limit", "1").out()).startsWith("{\"position\":").contains("\"todo_completed\"");
    assertThat(cli.run("log", "--limit", "0").err()).contains("--limit must be from 1 to 10000");
  }

  @Test
  void log_follow_prints_new_events_and_reconnects_after_a_dropped_connection_without_repeats() throws Exception {
    WebServer first = server.application().webServer().start("127.0.0.1", 0);
    int port = first.port();
    URI url = URI.create("http://127.0.0.1:" + port);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Thread following = follow(url, out, err);
    long squats = TodoHttp.add(url, "2000 squats");
    awaitText(out, "Added \"2000 squats\"", err);

    first.close();
    WebServer second = server.application().webServer(WebSettings.DEFAULT_READ_WAIT,
        WebLimits.DEFAULTS).start("127.0.0.1", port);
    try {
      TodoHttp.add(url, "Stick around");
      awaitText(out, "Added \"Stick around\"", err);
    } finally {
      following.interrupt();
      following.join(10_000);
      second.close();
    }

    assertThat(following.isAlive()).as("an interrupt ends it").isFalse();
    assertThat(out.toString()).containsOnlyOnce("2000 squats");
    // by the line's first column: a short todo id may end in the same digit
    assertThat(out.toString().lines().filter(line -> line.startsWith(squats + "  "))).hasSize(1);
    assertThat(err.toString()).contains("reconnecting");
  }

  private static Thread follow(URI url, StringWriter out, StringWriter err) {
    CommandLine commandLine = EstodoCommand.commandLine();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    AtomicInteger exitCode = new AtomicInteger(-1);
    Thread thread = new Thread(() -> exitCode.set(commandLine.execute("log", "--url", url.toString(), "--state",
        home.resolve("follow-positions").toString(), "--limit", "1", "--follow")), "todo-log-follow");
    thread.start();
    return thread;
  }

  private static void awaitText(StringWriter out, String text, StringWriter err) throws InterruptedException {
    long deadline = System.nanoTime() + 15_000_000_000L;
    while (!out.toString().contains(text)) {
      if (System.nanoTime() > deadline) throw new AssertionError("never printed " + text + "; printed:\n" + out + "\nand on stderr:\n" + err);
      Thread.sleep(50);
    }
  }
}
