/**
 * The HTTP interface: route groups for commands, queries, a todo's history, health and the web
 * page, one Javalin server made of them, and the single place where exceptions become status codes.
 */
package dev.estodo.todo.web;
