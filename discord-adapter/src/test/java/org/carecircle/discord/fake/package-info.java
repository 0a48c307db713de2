/**
 * A local fake Discord (REST and gateway on 127.0.0.1) for end-to-end tests with the real JDA;
 * exported in this module's test-jar for the app's end-to-end tests.
 */
package org.carecircle.discord.fake;
