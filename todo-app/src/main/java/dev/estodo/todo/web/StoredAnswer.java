package dev.estodo.todo.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.estodo.todo.Json;
import io.javalin.http.Context;
import java.util.Map;
import java.util.TreeMap;

/** An answer as an idempotency key keeps it: status, the headers a retry gets again, and body. */
record StoredAnswer(int status, Map<String, String> headers, String body) {
  private static final TypeReference<TreeMap<String, String>> HEADERS = new TypeReference<>() {};

  StoredAnswer {
    headers = Map.copyOf(headers);
  }

  /** Answers {@code ctx} with it, the first time and at every retry alike. */
  void writeTo(Context ctx) {
    headers.forEach(ctx::header);
    ctx.status(status).result(body);
  }

  String headersJson() {
    try {
      return Json.mapper().writeValueAsString(new TreeMap<>(headers));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static Map<String, String> headersFrom(String json) {
    try {
      return Json.mapper().readValue(json, HEADERS);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored headers are not a JSON object: " + json, e);
    }
  }
}
