/**
 * Reactors: processors that act on events with side effects. The notifier emails a todo's
 * stakeholder on completion (over SMTP, or printed to the console) and records the notification as
 * an event, which is also how it knows never to send twice.
 */
package dev.estodo.todo.reactors;
