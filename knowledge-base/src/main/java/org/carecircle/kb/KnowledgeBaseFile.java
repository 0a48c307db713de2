package org.carecircle.kb;

import com.fasterxml.jackson.databind.JsonNode;

/** One parsed file of a knowledge-base tree; {@code path} is relative to the tree's root. */
public record KnowledgeBaseFile(String path, JsonNode root) {}
