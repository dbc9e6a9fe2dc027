package dev.estodo.todo.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.estodo.eventsourcing.TestLog;
import dev.estodo.todo.web.WebServer;
import java.net.BindException;
import java.nio.channels.UnresolvedAddressException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListenAddressTest {
  @Test
  void an_address_of_another_machine_is_named_as_such() {
    // 192.0.2.1 is reserved for documentation (RFC 5737): no machine has it.
    assertThatThrownBy(() -> ListenAddress.check("192.0.2.1", 0))
        .isInstanceOf(CliException.class)
        .hasMessage("cannot listen on 192.0.2.1:0: HOST 192.0.2.1 is not an address of this machine "
            + "(check HOST; 0.0.0.0 listens on all of them)");
  }

  @Test
  void a_free_address_passes_the_check() {
    ListenAddress.check("127.0.0.1", 0);
  }

  @Test
  void a_web_server_that_cannot_listen_throws_the_real_cause_not_port_in_use() {
    WebServer unresolvable = new WebServer(List.of());
    WebServer foreign = new WebServer(List.of());
    TestLog log = TestLog.mark();

    assertThatThrownBy(() -> unresolvable.start("999.1.1.1", 0))
        .hasMessage("cannot listen on 999.1.1.1:0").hasCauseInstanceOf(UnresolvedAddressException.class);
    assertThatThrownBy(() -> foreign.start("192.0.2.1", 0))
        .hasMessage("cannot listen on 192.0.2.1:0").hasCauseInstanceOf(BindException.class);
    assertThat(log.containing("Failed to start Javalin")).hasSize(2);
  }
}
