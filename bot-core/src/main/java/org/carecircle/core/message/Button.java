package org.carecircle.core.message;

/** A quick-reply choice: the label people see and the action payload the bot gets back. */
public record Button(String label, String action) {}
