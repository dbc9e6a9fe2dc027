package dev.estodo.todo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.estodo.todo.cli.Cli.Run;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code ./todo} itself and the server commands before anything starts: usage, help, options, bad settings. */
class ServerUsageTest {
  private static final List<String> DATABASE = List.of("--database-url", "--data-dir", "--pool-size");
  private static final List<String> WEB = List.of("--host", "--port", "--read-wait");
  private static final List<String> MAIL = List.of("--smtp-url", "--email-from");
  private static final List<String> TUNING =
      List.of("--batch-size", "--poll-interval", "--standby-retry", "--backoff-min", "--backoff-max");

  @Test
  void no_command_prints_the_usage_on_stderr_and_exits_2() {

    Run run = Cli.bare();

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("Usage: todo ").contains("serve", "list", "bench");
  }

  @Test
  void the_usage_names_the_bench_which_lives_apart() {

    Run run = Cli.bare("--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("bench", "./todo bench --help");
  }

  @Test
  void each_server_command_lists_only_the_options_it_uses() {
    assertThat(options("serve")).containsAll(DATABASE).containsAll(WEB).containsAll(MAIL).containsAll(TUNING);
    assertThat(options("web")).containsAll(DATABASE).containsAll(WEB).doesNotContainAnyElementsOf(MAIL)
        .doesNotContainAnyElementsOf(TUNING);
    assertThat(options("processors")).containsAll(DATABASE).containsAll(MAIL).containsAll(TUNING)
        .doesNotContainAnyElementsOf(WEB);
    assertThat(options("rebuild")).containsAll(DATABASE).doesNotContainAnyElementsOf(WEB)
        .doesNotContainAnyElementsOf(MAIL).doesNotContainAnyElementsOf(TUNING);
  }

  @Test
  void an_option_a_command_does_not_use_is_refused() {

    Run run = Cli.bare("rebuild", "all", "--port", "3000");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("Unknown options: '--port', '3000'");
  }

  @Test
  void a_rebuild_on_a_database_it_cannot_reach_says_so_in_one_line() {

    Run run = Cli.bare("rebuild", "all", "--database-url", "postgres://dillon@localhost:1/todos");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).startsWith("cannot open the database (check DATABASE_URL): ").doesNotContain("\tat ");
    assertThat(run.err().lines()).hasSize(1);
  }

  // a value that passed would start a server, so a broken check fails by the timeout rather than hanging
  @ParameterizedTest
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  @CsvSource(delimiter = '|', value = {
      "serve      | --port        | abc     | PORT must be a number from 0 to 65535, got: abc",
      "web        | --read-wait   | soon    | ESTODO_READ_WAIT must be a duration from 1ms to 60s, in ms, s or m as in 250ms or 5s, got: soon",
      "processors | --batch-size  | 0       | ESTODO_BATCH_SIZE must be a number from 1 to 100000, got: 0",
      "processors | --email-from  | arnold  | EMAIL_FROM must be an email address, got: arnold",
      "rebuild    | --pool-size   | 1       | ESTODO_POOL_SIZE must be a number from 2 to 1000, got: 1"})
  void a_bad_flag_stops_the_command_before_it_starts_naming_the_setting(
      String command, String flag, String value, String message) {

    Run run = command.equals("rebuild") ? Cli.bare(command, "all", flag, value) : Cli.bare(command, flag, value);

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).isEqualTo(message + "\n");
  }

  private static List<String> options(String command) {
    return EstodoCommand.commandLine().getSubcommands().get(command).getCommandSpec().options().stream()
        .map(option -> option.longestName()).toList();
  }
}
