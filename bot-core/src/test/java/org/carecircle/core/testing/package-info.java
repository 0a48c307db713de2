/**
 * Shared test fakes and databases, exported in bot-core's test-jar for the adapters' and the app's
 * tests: recording and flaky moderator destinations, a recording user channel and invite issuer, a
 * hand-moved clock, and fresh H2 or PostgreSQL databases.
 */
package org.carecircle.core.testing;
