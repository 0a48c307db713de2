package org.carecircle.core.safety;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The labelled exemplars, read from {@code safety/exemplars.yaml} (levels crisis, medical, distress, none). */
final class ExemplarSet {
  static final String BUNDLED = "safety/exemplars.yaml";

  private final List<Exemplar> exemplars;

  ExemplarSet(List<Exemplar> exemplars) {
    this.exemplars = List.copyOf(exemplars);
  }

  List<Exemplar> all() {
    return exemplars;
  }

  /** The exemplars that ship with the bot. */
  static ExemplarSet bundled() {
    try (InputStream in = ExemplarSet.class.getClassLoader().getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new IllegalStateException("missing classpath resource " + BUNDLED);
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + BUNDLED, e);
    }
  }

  static ExemplarSet read(InputStream yaml) throws IOException {
    ObjectMapper mapper = new ObjectMapper(new YAMLFactory());
    @SuppressWarnings("unchecked")
    Map<String, List<String>> byLevel = mapper.readValue(yaml, LinkedHashMap.class);
    List<Exemplar> result = new ArrayList<>();
    for (Map.Entry<String, List<String>> entry : byLevel.entrySet()) {
      SafetyLevel level = SafetyLevel.valueOf(entry.getKey().toUpperCase(Locale.ROOT));
      for (String text : entry.getValue()) {
        result.add(new Exemplar(level, text));
      }
    }
    return new ExemplarSet(result);
  }
}
