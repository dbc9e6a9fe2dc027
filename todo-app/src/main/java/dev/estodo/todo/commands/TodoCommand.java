package dev.estodo.todo.commands;

import java.util.UUID;

/** Everything a client can ask of a todo, already validated; the rules are in {@code aggregates.Todo}. */
public sealed interface TodoCommand permits AddTodo, AmendTodo, CompleteTodo, AbandonTodo, MoveUpTodo {
  /** The todo the command is for: the id in the request's path. */
  UUID todoId();
}
