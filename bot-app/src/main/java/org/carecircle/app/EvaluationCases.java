package org.carecircle.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads evaluation cases from JSON Lines; a bad line is refused with its line number. */
final class EvaluationCases {
  private static final Set<String> LEVELS = Set.of("crisis", "medical", "distress");

  private EvaluationCases() {}

  static List<EvaluationCase> read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new ConfigurationException("evaluation cases file not found: " + file);
    }
    ObjectMapper json = new ObjectMapper();
    List<EvaluationCase> cases = new ArrayList<>();
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ConfigurationException("cannot read " + file + ": " + e.getMessage());
    }
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String where = file + ":" + (i + 1);
      JsonNode node;
      try {
        node = json.readTree(line);
      } catch (IOException e) {
        throw new ConfigurationException(where + ": not a JSON object");
      }
      if (node == null || !node.isObject() || !node.path("text").isTextual()
          || !node.path("expect").isTextual()) {
        throw new ConfigurationException(where + ": needs string fields \"text\" and \"expect\"");
      }
      String expect = node.get("expect").asText().strip();
      if (expect.startsWith("escalate:") && !LEVELS.contains(expect.substring(9))) {
        throw new ConfigurationException(
            where + ": expect must be escalate:crisis, escalate:medical or escalate:distress");
      }
      cases.add(new EvaluationCase(node.get("text").asText(), expect));
    }
    if (cases.isEmpty()) {
      throw new ConfigurationException(file + " holds no evaluation cases");
    }
    return cases;
  }
}
