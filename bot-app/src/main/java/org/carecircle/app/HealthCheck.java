package org.carecircle.app;

/** One part of the bot that /healthz reports on. */
interface HealthCheck {

  String name();

  boolean healthy();
}
