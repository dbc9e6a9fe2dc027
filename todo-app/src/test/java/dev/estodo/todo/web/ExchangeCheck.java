package dev.estodo.todo.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.estodo.todo.web.ReadmeExamples.Exchange;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One README exchange held to the document: its route and status are documented; a request that was
 * not refused as malformed (400) validates (path, query, headers, body); the answer's headers and
 * body validate against the documented answer for its status and media type.
 */
final class ExchangeCheck {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ApiDocument document;
  private final Exchange exchange;
  private final List<String> problems = new ArrayList<>();

  ExchangeCheck(ApiDocument document, Exchange exchange) {
    this.document = document;
    this.exchange = exchange;
  }

  /** Each way the exchange departs from the document, naming the README's command; empty when it matches. */
  List<String> problems() {
    String path = exchange.target().split("\\?", 2)[0];
    Optional<String> template = document.template(exchange.method(), path);
    if (template.isEmpty()) return List.of(exchange.command() + ": no such route in the document");
    String operation = ApiDocument.pointer("paths", template.get(), exchange.method().toLowerCase());
    if (exchange.status() != 400) checkRequest(operation, template.get(), path);
    String response = operation + ApiDocument.pointer("responses", Integer.toString(exchange.status()));
    if (document.at(response).isMissingNode()) return List.of(exchange.command() + ": status " + exchange.status() + " is not documented");
    checkResponse(document.follow(response));
    return problems;
  }

  private void checkRequest(String operation, String template, String path) {
    Map<String, String> parameters = parameters(operation);
    String[] names = template.split("/");
    String[] values = path.split("/");
    for (int i = 0; i < names.length; i++) {
      if (names[i].startsWith("{")) check(parameters, "path " + names[i].replaceAll("[{}]", ""), values[i]);
    }
    query().forEach((name, value) -> check(parameters, "query " + name, value));
    exchange.requestHeaders().forEach((name, value) -> {
      if (!name.equalsIgnoreCase("Accept")) check(parameters, "header " + name, value);
    });
    if (exchange.body() != null) {
      validate(operation + "/requestBody/content/application~1json/schema", json(exchange.body()), "request body");
    }
  }

  private void checkResponse(String response) {
    JsonNode headers = document.at(response).path("headers");
    exchange.responseHeaders().forEach((name, value) -> {
      if (name.equalsIgnoreCase("Content-Type")) return;
      if (!headers.has(name)) problems.add(exchange.command() + ": answer header " + name + " is not documented");
      else check(document.follow(response + ApiDocument.pointer("headers", name)), value, "answer header " + name);
    });
    headers.fields().forEachRemaining(header -> {
      boolean required = document.resolved(header.getValue()).path("required").asBoolean();
      if (required && !exchange.responseHeaders().containsKey(header.getKey())) {
        problems.add(exchange.command() + ": required answer header " + header.getKey() + " is missing");
      }
    });
    checkBody(response);
  }

  private void checkBody(String response) {
    JsonNode content = document.at(response).path("content");
    String body = exchange.responseBody();
    if (body.isEmpty()) {
      if (content.size() > 0) problems.add(exchange.command() + ": the answer has no body");
      return;
    }
    String type = exchange.responseHeaders().getOrDefault("Content-Type", looksLikeJson(body) ? "application/json"
        : "text/plain").split(";")[0].trim();
    if (!content.has(type)) {
      problems.add(exchange.command() + ": answer type " + type + " is not documented");
      return;
    }
    String schema = response + ApiDocument.pointer("content", type, "schema");
    validate(schema, type.endsWith("json") ? json(body) : TextNode.valueOf(body), "answer body");
  }

  private void check(Map<String, String> parameters, String key, String value) {
    String parameter = parameters.get(key);
    if (parameter == null) problems.add(exchange.command() + ": " + key + " is not a documented parameter");
    else check(parameter, value, key);
  }

  private void check(String parameter, String value, String what) {
    validate(parameter + "/schema", scalar(parameter, value), what);
  }

  private void validate(String pointer, JsonNode instance, String what) {
    document.errors(pointer, instance).forEach(error -> problems.add(exchange.command() + ": " + what + ": " + error));
  }

  /** The operation's parameters, path item's included, by "in name" (such as "query after"), each as a pointer. */
  private Map<String, String> parameters(String operation) {
    Map<String, String> parameters = new TreeMap<>();
    String pathItem = operation.substring(0, operation.lastIndexOf('/'));
    for (String list : List.of(pathItem + "/parameters", operation + "/parameters")) {
      for (int i = 0; i < document.at(list).size(); i++) {
        String parameter = document.follow(list + "/" + i);
        JsonNode node = document.at(parameter);
        parameters.put(node.path("in").asText() + " " + node.path("name").asText(), parameter);
      }
    }
    return parameters;
  }

  private Map<String, String> query() {
    Map<String, String> query = new TreeMap<>();
    String[] target = exchange.target().split("\\?", 2);
    if (target.length < 2) return query;
    for (String pair : target[1].split("&")) {
      String[] parts = pair.split("=", 2);
      query.put(parts[0], URLDecoder.decode(parts.length > 1 ? parts[1] : "", StandardCharsets.UTF_8));
    }
    return query;
  }

  /** A header's or parameter's text as its schema's type reads it: a number where the schema wants an integer. */
  private JsonNode scalar(String parameter, String value) {
    boolean integer = document.resolved(document.at(parameter).path("schema")).path("type").asText().equals("integer");
    return integer && value.matches("-?\\d{1,18}") ? LongNode.valueOf(Long.parseLong(value)) : TextNode.valueOf(value);
  }

  private static boolean looksLikeJson(String body) {
    return body.startsWith("[") || body.startsWith("{");
  }

  private JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (JsonProcessingException e) {
      problems.add(exchange.command() + ": not JSON: " + e.getOriginalMessage());
      return TextNode.valueOf(text);
    }
  }
}
