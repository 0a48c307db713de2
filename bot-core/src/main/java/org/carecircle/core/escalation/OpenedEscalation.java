package org.carecircle.core.escalation;

/** The escalation a request led to; {@code duplicate} when the same event had already opened it. */
public record OpenedEscalation(long id, boolean duplicate) {}
