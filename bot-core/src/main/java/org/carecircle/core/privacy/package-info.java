/**
 * Privacy: keyed pseudonyms for platform user ids, the key's generation and storage, and the
 * retention purge of what people wrote.
 */
package org.carecircle.core.privacy;
