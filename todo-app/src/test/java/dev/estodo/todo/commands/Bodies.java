package dev.estodo.todo.commands;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.estodo.todo.Json;

/** Request bodies for command tests, written as JSON text. */
final class Bodies {
  private Bodies() {}

  static JsonNode body(String json) {
    try {
      return Json.mapper().readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(json, e);
    }
  }
}
