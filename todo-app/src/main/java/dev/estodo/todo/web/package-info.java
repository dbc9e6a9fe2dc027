/**
 * The HTTP interface: route groups for commands, queries, a todo's history and the web page, one
 * Javalin server made of them, and the single place where exceptions become status codes.
 */
package dev.estodo.todo.web;
