package dev.estodo.todo.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The served OpenAPI document as tests read it: its operations, and JSON checked against the
 * schemas in it with a JSON Schema 2020-12 validator (OpenAPI 3.1's dialect), its $refs resolved.
 */
final class ApiDocument {
  private static final String LOCATION = "classpath:" + ApiDocumentRoutes.RESOURCE.substring(1);

  private final JsonNode root;
  private final SchemaRegistry schemas = SchemaRegistry.withDialect(Dialects.getOpenApi31());

  private ApiDocument(JsonNode root) {
    this.root = root;
  }

  static ApiDocument load() {
    try (InputStream in = ApiDocument.class.getResourceAsStream(ApiDocumentRoutes.RESOURCE)) {
      return new ApiDocument(new ObjectMapper().readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  JsonNode root() {
    return root;
  }

  /** The operation for {@code method} on the documented {@code path} (such as {@code /todo/{id}}); missing if none. */
  JsonNode operation(String method, String path) {
    return root.path("paths").path(path).path(method.toLowerCase(Locale.ROOT));
  }

  /** The node a JSON pointer names in the document, such as {@code /components/schemas/Uuid}. */
  JsonNode at(String pointer) {
    return root.at(pointer);
  }

  /** {@code node}, or the node its {@code $ref} (a pointer within the document) names, followed until none. */
  JsonNode resolved(JsonNode node) {
    JsonNode current = node;
    while (current.has("$ref")) {
      current = root.at(current.get("$ref").asText().substring(1));
    }
    return current;
  }

  /** The pointer of the node at {@code pointer}, its {@code $ref}s followed: where its content really is. */
  String follow(String pointer) {
    String current = pointer;
    while (root.at(current).has("$ref")) {
      current = root.at(current).get("$ref").asText().substring(1);
    }
    return current;
  }

  /** The documented path template (such as {@code /todo/{id}}) that {@code path} is an instance of and has {@code method}. */
  Optional<String> template(String method, String path) {
    List<String> templates = new ArrayList<>();
    root.path("paths").fieldNames().forEachRemaining(templates::add);
    return templates.stream()
        .filter(template -> path.matches(template.replaceAll("\\{[^}]+}", "[^/]+").replace("?", "\\?")))
        .filter(template -> !operation(method, template).isMissingNode())
        .findFirst();
  }

  /** What the schema at {@code pointer} finds wrong with {@code instance}; empty when it is valid. */
  List<String> errors(String pointer, JsonNode instance) {
    String fragment = pointer.replace("{", "%7B").replace("}", "%7D");
    List<Error> errors = schemas.getSchema(SchemaLocation.of(LOCATION + "#" + fragment)).validate(instance);
    return errors.stream().map(Error::toString).toList();
  }

  /** The JSON pointer of {@code path}'s {@code method} operation, escaped as RFC 6901 says. */
  static String pointer(String... tokens) {
    StringBuilder pointer = new StringBuilder();
    for (String token : tokens) {
      pointer.append('/').append(token.replace("~", "~0").replace("/", "~1"));
    }
    return pointer.toString();
  }
}
