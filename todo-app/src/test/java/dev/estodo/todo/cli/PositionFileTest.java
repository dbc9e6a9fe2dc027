package dev.estodo.todo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PositionFileTest {
  private static final URI LOCAL = URI.create("http://localhost:3000");
  private static final URI OTHER = URI.create("http://127.0.0.1:3102");

  @TempDir Path home;

  @Test
  void each_server_has_its_own_last_position_and_the_latest_answer_wins() {
    PositionFile positions = new PositionFile(home.resolve(".estodo").resolve("cli-positions"));

    positions.remember(LOCAL, 42);
    positions.remember(OTHER, 7);
    positions.remember(LOCAL, 3);

    assertThat(new PositionFile(home.resolve(".estodo").resolve("cli-positions")).last(LOCAL)).hasValue(3);
    assertThat(positions.last(OTHER)).hasValue(7);
  }

  @Test
  void a_missing_or_garbled_file_remembers_nothing() throws Exception {
    Path file = home.resolve("cli-positions");
    Files.writeString(file, "http\\://localhost\\:3000=forty-two\n\\u00zz");

    assertThat(new PositionFile(home.resolve("missing")).last(LOCAL)).isEmpty();
    assertThat(new PositionFile(file).last(LOCAL)).isEmpty();
  }
}
