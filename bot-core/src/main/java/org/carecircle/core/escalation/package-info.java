/**
 * Escalations that are never lost: stored with their outbox records in one transaction, delivered
 * to every moderator destination with retries, re-paged until claimed, and acted on by configured
 * moderators only, with an audit trail.
 */
package org.carecircle.core.escalation;
