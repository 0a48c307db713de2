package org.carecircle.kb.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One evaluation case of {@code eval/*.jsonl}: a message and the faq id expected, or "abstain". */
public record EvalCase(String text, String expect) {
  public static final String ABSTAIN = "abstain";

  public boolean expectsAbstain() {
    return ABSTAIN.equals(expect);
  }

  /** Reads a JSON Lines file; fails when the file is missing, because the suite must not skip. */
  public static List<EvalCase> read(Path file) {
    ObjectMapper json = new ObjectMapper();
    List<EvalCase> cases = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(file)) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode node = json.readTree(line);
        cases.add(new EvalCase(node.get("text").asText(), node.get("expect").asText()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read evaluation cases " + file.toAbsolutePath(), e);
    }
    return cases;
  }
}
