/**
 * The relational store: one HikariCP pool, Flyway migrations, and a small transaction wrapper. All
 * SQL here and in callers is portable between H2 2.x (PostgreSQL mode) and PostgreSQL 15.
 */
package org.carecircle.core.persistence;
