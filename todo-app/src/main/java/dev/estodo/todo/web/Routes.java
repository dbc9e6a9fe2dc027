package dev.estodo.todo.web;

import io.javalin.Javalin;

/** A group of HTTP routes; the web server adds each group to one Javalin app. */
public interface Routes {
  /** Registers this group's handlers on {@code app}. */
  void addTo(Javalin app);
}
