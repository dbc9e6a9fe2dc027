package dev.estodo.todo.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The JSON of {@code GET /health}, as the README documents it; times are the database's, ISO-8601 in UTC. */
final class HealthReport {
  private HealthReport() {}

  /** The whole answer: {@code status} is {@code ok}, or {@code unhealthy} (503) with the reasons in {@code problems}. */
  record Health(
      @JsonProperty("status") String status,
      @JsonProperty("head") long head,
      @JsonProperty("problems") List<String> problems,
      @JsonProperty("held_back") HeldBack heldBack,
      @JsonProperty("processors") List<Processor> processors) {}

  /**
   * One processor. {@code behind} is the head's position minus the processor's (rough: positions
   * follow insert order); {@code lag_events} counts the events it has not handled (up to 10,000)
   * and {@code lag_seconds} is the age of the oldest of them.
   */
  record Processor(
      @JsonProperty("name") String name,
      @JsonProperty("position") long position,
      @JsonProperty("behind") long behind,
      @JsonProperty("lag_events") long lagEvents,
      @JsonProperty("lag_seconds") double lagSeconds,
      @JsonProperty("active") Active active,
      @JsonProperty("inactive_seconds") Double inactiveSeconds,
      @JsonProperty("standbys") int standbys,
      @JsonProperty("failing") Failing failing,
      @JsonProperty("parked") long parked) {}

  /** The instance holding the lease: its id, host and process id, since when, last renewal. */
  record Active(
      @JsonProperty("instance") String instance,
      @JsonProperty("host") String host,
      @JsonProperty("pid") int pid,
      @JsonProperty("since") String since,
      @JsonProperty("renewed_at") String renewedAt) {}

  /** What keeps a processor failing, as the failing instance recorded it. */
  record Failing(
      @JsonProperty("since") String since,
      @JsonProperty("seconds") double seconds,
      @JsonProperty("position") Long position,
      @JsonProperty("event_type") String eventType,
      @JsonProperty("error") String error,
      @JsonProperty("attempts") int attempts) {}

  /** Events have waited over a second for older transactions to end; the oldest transaction holding an id. */
  record HeldBack(
      @JsonProperty("waiting_seconds") double waitingSeconds,
      @JsonProperty("oldest_transaction") Transaction oldestTransaction) {}

  /**
   * A transaction holding a transaction id: a session's ({@code pid}, {@code state} such as "idle in
   * transaction") or a prepared one ({@code pid} null, {@code prepared} its name).
   */
  record Transaction(
      @JsonProperty("pid") Integer pid,
      @JsonProperty("database") String database,
      @JsonProperty("state") String state,
      @JsonProperty("prepared") String prepared,
      @JsonProperty("age_seconds") double ageSeconds) {}
}
