package dev.estodo.todo.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.estodo.eventsourcing.Checkpoint;
import dev.estodo.eventsourcing.StoredEvent;
import dev.estodo.eventsourcing.processing.Projector;
import dev.estodo.todo.Application;
import dev.estodo.todo.DataDirectories;
import dev.estodo.todo.EstodoProcess;
import dev.estodo.todo.database.Database;
import dev.estodo.todo.faults.FaultyWriters.Acknowledged;
import dev.estodo.todo.projections.CompletedTodos;
import dev.estodo.todo.projections.OutstandingTodos;
import dev.estodo.todo.projections.ScheduledTodos;
import dev.estodo.todo.reactors.TodoCompletedNotifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The read side under the faults of a bad day, bounded in time: writers that roll back and hold
 * transactions open, two {@code ./todo processors} whose active one is killed with SIGKILL every
 * few seconds (and started again as a standby), and PostgreSQL itself killed once (the processes
 * start it again). Afterwards nothing acknowledged is missing, every projection equals a rebuild
 * from the same events, and every completion was reacted to exactly once.
 */
class ProcessorFaultsTest {
  private static final int KILLS = 4;
  private static final Duration FAULTS_WITHIN = Duration.ofSeconds(120);
  private static final Duration KILL_EVERY = Duration.ofSeconds(3);
  private static final Duration PATIENCE = Duration.ofSeconds(60);
  // logs to the process's output, which the test reads to find the active one
  private static final Map<String, String> QUICK_FAILOVER = Map.of("ESTODO_LEASE", "1s", "ESTODO_LEASE_RENEWAL", "200ms",
      "ESTODO_STANDBY_RETRY", "100ms", "JAVA_TOOL_OPTIONS", "-Dorg.slf4j.simpleLogger.logFile=System.out");
  private static final Pattern EMAIL = Pattern.compile("Message: Your todo item (Fault \\d+) has been completed!");

  private static final Logger log = LoggerFactory.getLogger(ProcessorFaultsTest.class);

  @TempDir Path home;

  private final List<EstodoProcess> everyProcessors = new ArrayList<>();

  @Test
  void after_killed_processors_a_postgres_restart_and_misbehaving_writers_nothing_is_lost_or_done_twice()
      throws Exception {
    Path data = DataDirectories.fresh(home.resolve("postgres"));
    try (Database database = Database.open(null, data, null, 12);
        Application application = Application.on(database.dataSource(), () -> {})) {
      FaultyWriters writers = new FaultyWriters(application.store(), database.dataSource());
      List<EstodoProcess> running = new ArrayList<>(List.of(processors(data), processors(data)));
      int kills = runFaults(data, writers, running);
      awaitCaughtUp(application);

      assertEveryAcknowledgedAppendIsStored(application, writers.acknowledged());
      assertProjectionsEqualARebuild(application);
      int emails = assertEachCompletionNotifiedOnce(application);
      log.info("Fault test: {} acknowledged appends, {} rolled back, {} failed, {} kills, 1 PostgreSQL restart, {} emails",
          writers.acknowledged().size(), writers.rolledBack(), writers.failed(), kills, emails);
      assertThat(kills).as("active processes killed; the first one printed:%n%s", everyProcessors.get(0).output())
          .isEqualTo(KILLS);
      for (EstodoProcess process : running) process.stop();
    } finally {
      for (EstodoProcess process : everyProcessors) process.close();
    }
  }

  private EstodoProcess processors(Path data) {
    EstodoProcess process = EstodoProcess.start(data, QUICK_FAILOVER, "processors");
    everyProcessors.add(process);
    return process;
  }

  /**
   * Writes while the faults happen: an active processor process killed every few seconds (a new
   * standby started in its place), PostgreSQL killed once after the second kill. Counted from
   * the first active process, so a slow start under load shortens nothing.
   */
  private int runFaults(Path data, FaultyWriters writers, List<EstodoProcess> running) throws Exception {
    awaitAnActiveOne(running);
    AtomicBoolean writing = new AtomicBoolean(true);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<?>> writes = new ArrayList<>();
    for (int i = 0; i < 4; i++) writes.add(pool.submit(() -> writers.writeWhile(writing::get)));
    long deadline = System.nanoTime() + FAULTS_WITHIN.toNanos();
    int kills = 0;
    boolean restarted = false;
    while (kills < KILLS && System.nanoTime() < deadline) {
      Thread.sleep(KILL_EVERY.toMillis());
      if (kills == KILLS / 2 && !restarted) {
        killPostmaster(data);
        restarted = true;
      } else if (killAnActiveOne(data, running)) {
        kills++;
      }
    }
    writing.set(false);
    for (Future<?> write : writes) write.get();
    pool.shutdown();
    return kills;
  }

  private static void awaitAnActiveOne(List<EstodoProcess> running) throws InterruptedException {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (running.stream().noneMatch(process -> process.output().contains(" is active"))) {
      assertThat(System.nanoTime()).as("a processor became active in time").isLessThan(deadline);
      Thread.sleep(50);
    }
  }

  private boolean killAnActiveOne(Path data, List<EstodoProcess> running) throws Exception {
    for (EstodoProcess process : running) {
      if (process.output().contains(" is active")) {
        process.kill();
        running.remove(process);
        running.add(processors(data));
        return true;
      }
    }
    return false;
  }

  private static void killPostmaster(Path data) throws Exception {
    List<String> pidFile = Files.readAllLines(data.resolve("postmaster.pid"));
    assertThat(ProcessHandle.of(Long.parseLong(pidFile.get(0).trim())).orElseThrow().destroyForcibly()).isTrue();
  }

  private static void awaitCaughtUp(Application application) {
    List<StoredEvent> events = application.store().readAfter(Checkpoint.START, 1_000_000)
        .events();
    long last = events.get(events.size() - 1).position();
    List<String> names = new ArrayList<>(application.projectors().stream().map(Projector::name).toList());
    names.add(TodoCompletedNotifier.NAME);
    assertThat(application.checkpoints().awaitPosition(names, last, PATIENCE)).as("caught up with %d", last).isTrue();
  }

  private static void assertEveryAcknowledgedAppendIsStored(Application application, List<Acknowledged> acknowledged) {
    assertThat(acknowledged).allSatisfy(append -> assertThat(application.store().readStream(append.todo()))
        .anySatisfy(event -> {
          assertThat(event.version()).isEqualTo(append.version());
          assertThat(event.type()).isEqualTo(append.type());
        }));
  }

  /** Rebuilt by the running processors from the first event, the lists are row for row what they were. */
  private static void assertProjectionsEqualARebuild(Application application) throws Exception {
    List<List<?>> live = lists(application);
    for (Projector projector : application.projectors()) application.checkpoints().reset(projector);
    awaitCaughtUp(application);
    assertThat(lists(application)).isEqualTo(live);
    assertThat(live.get(0)).isNotEmpty();
    assertThat(live.get(2)).isNotEmpty();
  }

  /** Every completion has exactly one notification event caused by it; returns the emails printed. */
  private int assertEachCompletionNotifiedOnce(Application application) throws Exception {
    List<StoredEvent> events = application.store().readAfter(Checkpoint.START, 1_000_000)
        .events();
    List<UUID> completions = events.stream().filter(e -> e.type().equals("todo_completed"))
        .map(StoredEvent::id).toList();
    List<UUID> causes = events.stream()
        .filter(e -> e.type().equals("stakeholder_notified_of_todo_completion")).map(StoredEvent::causationId).toList();
    assertThat(causes).containsExactlyInAnyOrderElementsOf(completions);
    List<String> emailed = new ArrayList<>();
    for (EstodoProcess process : everyProcessors) {
      Matcher email = EMAIL.matcher(process.output());
      while (email.find()) emailed.add(email.group(1));
    }
    // a process killed between sending and recording may send once more: at least once across a crash
    assertThat(emailed.stream().distinct().count()).isEqualTo(completions.size());
    assertThat(emailed.size()).isLessThanOrEqualTo(completions.size() + everyProcessors.size());
    log.info("Fault test: {} completions, each with exactly one notification event; {} emails sent", completions.size(),
        emailed.size());
    return emailed.size();
  }

  /** What the three list queries answer, in their order. */
  private static List<List<?>> lists(Application application) {
    var projectors = application.projectors();
    return List.of(((OutstandingTodos) projectors.get(0)).list(), ((ScheduledTodos) projectors.get(1)).list(),
        ((CompletedTodos) projectors.get(2)).list());
  }
}
