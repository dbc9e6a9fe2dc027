/**
 * Fault-injection tests of the whole service: real processes killed, PostgreSQL restarted, writers
 * that roll back and hold transactions open, and checks that nothing acknowledged is lost and
 * nothing is done twice.
 */
package dev.estodo.todo.faults;
