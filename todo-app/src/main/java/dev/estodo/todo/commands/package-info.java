/**
 * What a client asks of a todo: one record per command in the sealed {@code TodoCommand}, each
 * built from the path id and the JSON body and checking its own shape before any todo is loaded,
 * in the contract's order (the id, then the body, then blank fields, then invalid ones), so a bad
 * request is answered 400 with a message naming the field and nothing is written.
 */
package dev.estodo.todo.commands;
