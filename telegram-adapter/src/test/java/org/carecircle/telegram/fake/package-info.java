/**
 * A fake Telegram Bot API for end-to-end tests (exported in the test-jar for the app's tests): real
 * HTTP on 127.0.0.1, long-polled getUpdates with offsets, recorded calls, injected 429 and 5xx.
 */
package org.carecircle.telegram.fake;
