package org.carecircle.core.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs a test once per database: H2 always, PostgreSQL when {@code BOT_TEST_PG_URL} is set. The
 * test method takes a {@link DatabaseKind} and opens it with {@link TestDatabases#fresh}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedTest(name = "on {0}")
@MethodSource("org.carecircle.core.testing.TestDatabases#kinds")
public @interface OnEveryDatabase {}
