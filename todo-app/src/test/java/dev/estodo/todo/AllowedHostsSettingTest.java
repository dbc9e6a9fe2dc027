package dev.estodo.todo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** ALLOWED_HOSTS as the web server's settings read it. */
class AllowedHostsSettingTest {
  @Test
  void unset_or_blank_it_allows_no_names_beyond_the_loopback_ones() {
    assertThat(WebSettings.from(Environment.of(Map.of())).allowedHosts()).isEmpty();
    assertThat(WebSettings.from(Environment.of(Map.of("ALLOWED_HOSTS", "  "))).allowedHosts()).isEmpty();
  }

  @Test
  void names_and_addresses_are_separated_by_commas_with_spaces_and_empty_entries_ignored() {
    Environment set = Environment.of(Map.of("ALLOWED_HOSTS", "todo.example.com, 10.0.0.5,,[fd00::5] ,chopper"));

    List<String> names = WebSettings.from(set).allowedHosts();

    assertThat(names).containsExactly("todo.example.com", "10.0.0.5", "[fd00::5]", "chopper");
  }

  @ParameterizedTest
  @ValueSource(strings = {"todo.example.com:443", "https://todo.example.com", "todo example.com", "*.example.com",
      "todo.example.com/", "[fd00::5", "todo.example.com;evil"})
  void a_value_that_is_not_names_separated_by_commas_fails_naming_the_setting(String value) {
    Environment set = Environment.of(Map.of("ALLOWED_HOSTS", value));

    assertThatThrownBy(() -> WebSettings.from(set)).isInstanceOf(InvalidSettingException.class)
        .hasMessage("ALLOWED_HOSTS must be host names or IP addresses separated by commas, such as "
            + "todo.example.com,10.0.0.5, got: " + value);
  }
}
