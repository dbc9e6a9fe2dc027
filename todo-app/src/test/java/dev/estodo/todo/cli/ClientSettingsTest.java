package dev.estodo.todo.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.estodo.todo.Environment;
import dev.estodo.todo.InvalidSettingException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The client commands' settings: the server they talk to and where they remember positions. */
class ClientSettingsTest {
  @Test
  void with_nothing_set_the_client_talks_to_port_3000_and_remembers_under_home() {

    ClientSettings settings = ClientSettings.from(Environment.of(Map.of("HOME", "/home/dillon")));

    assertThat(settings.server()).isEqualTo(URI.create("http://localhost:3000"));
    assertThat(settings.state()).isEqualTo(Path.of("/home/dillon/.estodo/cli-positions"));
  }

  @Test
  void without_home_the_state_is_under_java_s_user_home() {

    ClientSettings settings = ClientSettings.from(Environment.of(Map.of()));

    assertThat(settings.state()).isEqualTo(Path.of(System.getProperty("user.home"), ".estodo", "cli-positions"));
  }

  @Test
  void set_values_win_and_a_trailing_slash_is_dropped() {

    ClientSettings settings = ClientSettings.from(Environment.of(Map.of(
        "TODO_URL", "https://todos.example.com/", "ESTODO_CLI_STATE", "/tmp/dillon/positions", "HOME", "/home/dillon")));

    assertThat(settings.server()).isEqualTo(URI.create("https://todos.example.com"));
    assertThat(settings.state()).isEqualTo(Path.of("/tmp/dillon/positions"));
  }

  @Test
  void a_bad_value_names_the_setting() {
    assertThatThrownBy(() -> ClientSettings.from(Environment.of(Map.of("TODO_URL", "localhost:3000"))))
        .isInstanceOf(InvalidSettingException.class)
        .hasMessage("TODO_URL must be an http:// or https:// URL, got: localhost:3000");
    assertThatThrownBy(() -> ClientSettings.from(Environment.of(Map.of("ESTODO_CLI_STATE", "/tmp/\0positions"))))
        .isInstanceOf(InvalidSettingException.class)
        .hasMessage("ESTODO_CLI_STATE must be a path, got: /tmp/\\0positions");
  }
}
