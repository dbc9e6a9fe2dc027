package dev.estodo.todo.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ./todo amend}: {@code PUT /todo/{id}} with the options given; an empty value clears one. */
@Command(name = "amend", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Amend a Todo item via the Todo web API.",
        "Only the options given change; an empty value clears a field (-D \"\" takes the todo off the schedule)."},
    footerHeading = "%nExamples:%n",
    footer = {
        "  Amend the title of a Todo",
        "    ./todo amend -i 0b341422-c516-4ee4-8f3e-ef1992dfff32 -t \"My task, NOW!\"",
        "  Take a Todo off the schedule",
        "    ./todo amend -i 0b341422-c516-4ee4-8f3e-ef1992dfff32 -D \"\""})
final class AmendCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = {"-i", "--id"}, paramLabel = "ID", description = "Existing Todo ID")
  String id;

  @Mixin TodoFields fields;

  @Mixin ClientOptions client;

  @Override
  public Integer call() {
    return TodoRequest.command(spec, client, "Amending", new TodoRequest.Call("PUT", id, "", fields.givenOrCleared()));
  }
}
