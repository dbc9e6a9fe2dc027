package dev.estodo.todo.reactors;

import static dev.estodo.todo.LeasedProcessors.awaitActive;
import static org.assertj.core.api.Assertions.assertThat;

import dev.estodo.todo.DataDirectories;
import dev.estodo.todo.EstodoProcess;
import dev.estodo.todo.LeasedProcessors;
import dev.estodo.todo.reactors.SmtpTestServer.Delivery;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The notifier's sessions terminated by the server in the middle of a batch of completions: every
 * completion is recorded once and emailed once, each email with its completion's Message-ID.
 */
class NotifierSessionLossTest {
  private static final int COMPLETIONS = 30;
  private static final Pattern MESSAGE_ID = Pattern.compile("(?m)^Message-ID: (\\S+)\r?$");

  @TempDir Path home;

  @Test
  void when_the_server_ends_the_reactors_sessions_mid_batch_each_completion_is_notified_once_and_emailed_once()
      throws Exception {
    Path data = DataDirectories.fresh(home.resolve("postgres"));
    try (SmtpTestServer smtp = new SmtpTestServer(); LeasedProcessors database = new LeasedProcessors(data);
        EstodoProcess processors = database.start(Map.of("SMTP_URL", "smtp://127.0.0.1:" + smtp.port()))) {
      awaitActive(processors, 0);
      long last = 0;
      for (int i = 1; i <= COMPLETIONS; i++) {
        last = database.completedTodo("Hasta la vista, baby #" + i);
      }
      List<Delivery> deliveries = new ArrayList<>(List.of(smtp.nextDelivery()));

      int terminated = database.terminateOtherSessions();
      long cut = System.nanoTime();
      assertThat(database.processed(last)).isTrue();
      Duration resumed = Duration.ofNanos(System.nanoTime() - cut);
      while (deliveries.size() < COMPLETIONS) {
        Delivery next = smtp.nextDelivery();
        assertThat(next).as("delivery " + (deliveries.size() + 1)).isNotNull();
        deliveries.add(next);
      }
      // Each send returns once the server has queued it, and every send came before its record.
      smtp.deliveries.drainTo(deliveries);

      System.out.println("notifier caught up " + resumed.toMillis() + " ms after " + terminated + " sessions were terminated");
      assertThat(database.notificationsPerCompletion()).hasSize(COMPLETIONS).containsOnly("1");
      List<String> ids = deliveries.stream().map(NotifierSessionLossTest::messageId).toList();
      assertThat(ids).hasSize(COMPLETIONS).doesNotHaveDuplicates().allMatch(id -> id.startsWith("<todo-completed."));
      assertThat(processors.output()).contains("terminating connection due to administrator command");
    }
  }

  private static String messageId(Delivery delivery) {
    Matcher matcher = MESSAGE_ID.matcher(delivery.data());
    return matcher.find() ? matcher.group(1) : "none in:\n" + delivery.data();
  }
}
