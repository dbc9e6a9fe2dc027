package dev.estodo.todo.web;

import io.javalin.Javalin;

/** {@code GET /}: the web page. */
public final class PageRoutes implements Routes {
  @Override
  public void addTo(Javalin app) {
    app.get("/", ctx -> ctx.html("<!doctype html><title>estodo</title><h1>estodo</h1>"));
  }
}
