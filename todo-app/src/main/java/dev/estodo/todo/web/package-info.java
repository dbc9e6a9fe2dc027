/**
 * The HTTP interface: route groups for commands, queries, a todo's history, health, the web page
 * and the OpenAPI document that describes them all, one Javalin server made of them, and the single place where exceptions become status codes.
 * In front of the routes stand the checks every request passes, whatever route it is for: its
 * path reaches the routes even when an escape in it does not decode, HEAD runs as GET and no
 * header overrides the method, a write from another site's page is refused, and so is a host name
 * the server does not answer to; Jetty's own refusals are answered in the routes' error shape.
 * A command sent with an {@code Idempotency-Key} stores its answer with its events, in one
 * transaction, so that a retry gets the same answer; every request may be logged in one line.
 * The whole log ({@code GET /events}) pages back through every todo's events, and the event
 * stream ({@code GET /events/stream}) sends each processed event live, from one follower per
 * server that writes to every open stream without holding a thread for any.
 */
package dev.estodo.todo.web;
