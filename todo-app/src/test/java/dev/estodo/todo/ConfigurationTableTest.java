package dev.estodo.todo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.estodo.todo.cli.EstodoCommand;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Model.OptionSpec;

/** The README's configuration table against the code: every variable read is there, with the flags and defaults. */
class ConfigurationTableTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  // a variable read: by Environment or System.getenv with its name, by a picocli default, by the launcher
  private static final Pattern JAVA_READ =
      Pattern.compile("\\b(?:text|number|duration|path|getenv|getOrDefault)\\(\"([A-Z][A-Z0-9_]*)\"");
  private static final Pattern PICOCLI_READ = Pattern.compile("\\$\\{env:([A-Z][A-Z0-9_]*)");
  private static final Pattern SHELL_READ = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]");
  private static final Pattern ROW =
      Pattern.compile("^\\| `([A-Z][A-Z0-9_]*)` \\|\\s*([^|]*?)\\s*\\|\\s*([^|]*?)\\s*\\|", Pattern.MULTILINE);
  private static final Pattern DESCRIBED = Pattern.compile("^([A-Z][A-Z0-9_]*)\\b.*\\(default: ([^,)]*)", Pattern.DOTALL);

  @Test
  void every_variable_the_code_reads_is_in_the_configuration_table() throws IOException {
    Set<String> read = new TreeSet<>();
    try (Stream<Path> files = Files.walk(ROOT)) {
      files.filter(file -> file.toString().endsWith(".java") && !file.toString().contains("/target/"))
          .forEach(file -> Stream.concat(names(JAVA_READ, file), names(PICOCLI_READ, file)).forEach(read::add));
    }
    names(SHELL_READ, ROOT.resolve("todo")).forEach(read::add);

    assertThat(read).contains("DATABASE_URL", "PORT", "HOME", "ESTODO_READ_WAIT", "ESTODO_BACKOFF_MAX",
        "TODO_URL", "TEST_DATABASE_URL", "JAVA_HOME");
    assertThat(table().keySet()).containsAll(read);
  }

  @Test
  void every_option_of_every_command_is_in_the_table_with_its_flag_and_default() {
    Map<String, String[]> table = table();
    EstodoCommand.commandLine().getSubcommands().values().forEach(command -> {
      for (OptionSpec option : command.getCommandSpec().options()) {
        Matcher described = DESCRIBED.matcher(String.join(" ", option.description()));
        if (!described.find()) continue;
        String[] row = table.get(described.group(1));
        assertThat(row).as("the row of %s", described.group(1)).isNotNull();
        assertThat(row[0]).as("the flag of %s", described.group(1)).contains("`" + option.longestName() + "`");
        assertThat(row[1]).as("the default of %s", described.group(1)).contains(described.group(2).trim());
      }
    });
  }

  /** Each row of the README's configuration table: variable to {flag, default}. */
  private static Map<String, String[]> table() {
    String readme = read(ROOT.resolve("README.md"));
    String section = readme.substring(readme.indexOf("## Configuration"));
    section = section.substring(0, section.indexOf("\n## ", 1));
    Map<String, String[]> rows = new HashMap<>();
    Matcher row = ROW.matcher(section);
    while (row.find()) {
      rows.put(row.group(1), new String[] {row.group(2), row.group(3)});
    }
    return rows;
  }

  private static Stream<String> names(Pattern pattern, Path file) {
    return pattern.matcher(read(file)).results().map(result -> result.group(1));
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
