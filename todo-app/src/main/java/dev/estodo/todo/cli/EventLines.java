package dev.estodo.todo.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.estodo.todo.Json;
import dev.estodo.todo.cli.TodoClient.Reply;
import dev.estodo.todo.events.HistorySentences;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Events as the command line prints them: one line each, {@code POSITION  TIME  TODO  TYPE  SENTENCE},
 * the sentence told from the todo's earlier events ({@link HistorySentences}), which it fetches.
 */
final class EventLines {
  private final TodoClient client;

  EventLines(TodoClient client) {
    this.client = client;
  }

  /** {@code 2017-07-13 09:00:00} from a history's {@code created_at} (UTC). */
  static String time(JsonNode event) {
    String at = event.path("created_at").asText();
    return at.length() >= 19 ? at.substring(0, 10) + " " + at.substring(11, 19) : at;
  }

  /** A todo's history, oldest first, each event with its sentence. */
  static List<String> sentences(JsonNode history) {
    HistorySentences sentences = new HistorySentences();
    List<String> lines = new ArrayList<>();
    history.forEach(event -> lines.add(sentences.next(event.path("type").asText(), event.get("body"))));
    return lines;
  }

  /** One line for each of {@code events} (any todos, any order), fetching each todo's history once. */
  List<String> lines(List<JsonNode> events) {
    Map<String, Map<Long, String>> byTodo = new HashMap<>();
    List<String> lines = new ArrayList<>();
    for (JsonNode event : events) {
      String todo = event.path("aggregate_id").asText();
      Map<Long, String> sentences = byTodo.computeIfAbsent(todo, this::sentencesByPosition);
      String sentence = sentences.getOrDefault(event.path("position").asLong(), "");
      lines.add(String.join("  ", String.valueOf(event.path("position").asLong()), time(event),
          todo.length() > 8 ? todo.substring(0, 8) : todo, event.path("type").asText(), sentence));
    }
    return lines;
  }

  private Map<Long, String> sentencesByPosition(String todo) {
    JsonNode history = json(client.get("/todo/" + todo + "/events"));
    List<String> sentences = sentences(history);
    Map<Long, String> byPosition = new HashMap<>();
    for (int i = 0; i < history.size(); i++) {
      byPosition.put(history.get(i).path("position").asLong(), sentences.get(i));
    }
    return byPosition;
  }

  static JsonNode json(Reply reply) {
    if (!reply.ok()) throw new CliException("Error: the server answered " + reply.status() + ": " + reply.body());
    try {
      return Json.mapper().readTree(reply.body());
    } catch (JsonProcessingException e) {
      throw new CliException("Error: the server's answer is not JSON: " + e.getOriginalMessage());
    }
  }
}
