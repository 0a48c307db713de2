package org.carecircle.core.safety;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The labelled messages the learned layer is trained on: the files listed in
 * {@code safety/corpus/index.txt} (JSON Lines in the evaluation-case format, written for this
 * project) and the exemplars. A text labelled twice keeps its first label.
 */
final class SafetyCorpus {
  static final String INDEX = "safety/corpus/index.txt";

  private SafetyCorpus() {}

  /** Every labelled message that ships with the bot, then {@code everyday} texts as NONE. */
  static List<Exemplar> bundled(List<String> everyday) {
    List<Exemplar> all = new ArrayList<>(ExemplarSet.bundled().all());
    for (String file : lines(INDEX)) {
      all.addAll(read("safety/corpus/" + file));
    }
    everyday.forEach(text -> all.add(new Exemplar(SafetyLevel.NONE, text)));
    return distinct(all);
  }

  static List<Exemplar> read(String resource) {
    ObjectMapper json = new ObjectMapper();
    List<Exemplar> result = new ArrayList<>();
    int number = 0;
    for (String line : lines(resource)) {
      number++;
      try {
        JsonNode node = json.readTree(line);
        result.add(new Exemplar(level(node.path("expect").asText()), node.path("text").asText()));
      } catch (IOException | IllegalArgumentException e) {
        throw new IllegalStateException(resource + " line " + number + ": " + e.getMessage(), e);
      }
    }
    return result;
  }

  private static SafetyLevel level(String expect) {
    return switch (expect) {
      case "escalate:crisis" -> SafetyLevel.CRISIS;
      case "escalate:medical" -> SafetyLevel.MEDICAL;
      case "escalate:distress" -> SafetyLevel.DISTRESS;
      case "no-escalate" -> SafetyLevel.NONE;
      default -> throw new IllegalArgumentException("unknown label '" + expect + "'");
    };
  }

  private static List<Exemplar> distinct(List<Exemplar> all) {
    Set<String> seen = new LinkedHashSet<>();
    List<Exemplar> result = new ArrayList<>(all.size());
    for (Exemplar e : all) {
      if (!e.text().isBlank() && seen.add(e.text())) {
        result.add(e);
      }
    }
    return result;
  }

  private static List<String> lines(String resource) {
    try (InputStream in = SafetyCorpus.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing classpath resource " + resource);
      }
      List<String> lines = new ArrayList<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = reader.readLine()) != null; ) {
        if (!line.isBlank() && !line.startsWith("#")) {
          lines.add(line.strip());
        }
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
