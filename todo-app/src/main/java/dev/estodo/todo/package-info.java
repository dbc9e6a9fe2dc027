/**
 * The todo service: {@code Main}, the settings (each read once at start from the environment and
 * flags through {@code Environment}, a bad value failing with one message naming it) and the hand
 * wiring from them to database, store, processors and web; each concept lives in its own package,
 * named as in the Ruby original.
 */
package dev.estodo.todo;
