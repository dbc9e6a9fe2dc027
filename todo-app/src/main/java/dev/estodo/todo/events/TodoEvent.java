package dev.estodo.todo.events;

/** Everything that can happen to a todo. Stored names are in {@link TodoEventTypes}. */
public sealed interface TodoEvent
    permits TodoAdded, TodoAmended, TodoCompleted, TodoAbandoned, TodoMovedUp,
        StakeholderNotifiedOfTodoCompletion {}
