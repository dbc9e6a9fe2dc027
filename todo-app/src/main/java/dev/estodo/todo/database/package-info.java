/**
 * Where the data lives: the PostgreSQL server {@code DATABASE_URL} names, or an embedded PostgreSQL
 * kept in a data directory and shared by every estodo process that opens it, behind one connection
 * pool with the store's schema applied. The library takes the resulting {@code DataSource} and
 * knows nothing of this.
 */
package dev.estodo.todo.database;
