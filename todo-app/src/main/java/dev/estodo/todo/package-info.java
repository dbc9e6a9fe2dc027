/**
 * The todo service: {@code Main} and the hand wiring from configuration to database, store,
 * processors and web; each concept lives in its own package, named as in the Ruby original.
 */
package dev.estodo.todo;
