/**
 * The safety check: a layered detector (normalisation, explicit signals with context cues,
 * temperature readings, nearest labelled exemplars) and the safe replies for each raised level.
 */
package org.carecircle.core.safety;
