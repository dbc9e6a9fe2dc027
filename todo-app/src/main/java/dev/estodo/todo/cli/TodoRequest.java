package dev.estodo.todo.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.estodo.todo.Json;
import dev.estodo.todo.cli.TodoClient.Reply;
import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;

/** The original's {@code Request}: says what it sends, sends it, prints the answer, exits 0 or 1. */
final class TodoRequest {
  private TodoRequest() {}

  /** Sends one command with {@code payload} (only the options given) and reports the answer. */
  static int command(CommandSpec spec, ClientOptions options, String doing, Call call) {
    String json = json(call.payload());
    TodoClient client = options.client();
    spec.commandLine().getOut().println(doing + " todo [" + call.id() + "]: " + json);
    Reply reply = client.command(call.method(), call.id(), call.suffix(), json);
    return report(spec, reply, reply.body());
  }

  /** What a client command sends: {@code method /todo/{id}{suffix}} with the JSON of {@code payload}. */
  record Call(String method, String id, String suffix, Map<String, Object> payload) {
    Call {
      if (id == null || id.isBlank()) throw new CliException(missingId(method, suffix));
    }
  }

  /** Prints the body and "Success." or, for an error, "Error:" and the body on stderr. */
  static int report(CommandSpec spec, Reply reply, String shown) {
    if (reply.ok()) {
      PrintWriter out = spec.commandLine().getOut();
      if (!shown.isEmpty()) out.println(shown.stripTrailing());
      out.println("Success.");
      return 0;
    }
    PrintWriter err = spec.commandLine().getErr();
    err.println();
    err.println("Error:");
    err.println("  " + reply.body());
    return 1;
  }

  private static String missingId(String method, String suffix) {
    if ("POST".equals(method) && suffix.isEmpty()) {
      return "Error: you must specify a Todo ID for the new Todo\n"
          + "You can generate one using `./todo uuid`.";
    }
    String verb = suffix.isEmpty() ? "amend" : suffix.substring(1).replace("moveup", "move up");
    return "Error: you must specify a Todo ID to " + verb;
  }

  private static String json(Map<String, Object> payload) {
    try {
      return Json.mapper().writeValueAsString(payload);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a map of strings always serialises", e);
    }
  }
}
