package org.carecircle.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Raw configuration values by key: a YAML file and the environment, the environment winning. YAML may
 * use the environment names ({@code BOT_DEFAULT_REGION: GB}) or nested keys ({@code bot:
 * {default_region: GB}}, {@code kb: {path: ...}}); both become the same key.
 */
public final class ConfigSource {
  private static final Map<String, String> ALIASES = Map.of("KB_PATH", "BOT_KB_PATH");
  private final Map<String, String> values;

  private ConfigSource(Map<String, String> values) {
    this.values = Map.copyOf(values);
  }

  public static ConfigSource of(Map<String, String> fileValues, Map<String, String> environment) {
    Map<String, String> merged = new LinkedHashMap<>();
    fileValues.forEach((k, v) -> merged.put(canonical(k), v));
    environment.forEach(
        (k, v) -> {
          if (v != null && !v.isBlank()) {
            merged.put(canonical(k), v);
          }
        });
    return new ConfigSource(merged);
  }

  /** Reads the YAML file (if given or if ./bot.yaml exists) and the environment. */
  public static ConfigSource load(Path file, boolean fileRequired, Map<String, String> environment) {
    if (file == null || !Files.exists(file)) {
      if (fileRequired) {
        throw new ConfigurationException("configuration file not found: " + file);
      }
      return of(Map.of(), environment);
    }
    return of(readYaml(file), environment);
  }

  static Map<String, String> readYaml(Path file) {
    JsonNode root;
    try {
      root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
    } catch (IOException e) {
      throw new ConfigurationException(
          "configuration file " + file + " is not valid YAML: " + firstLine(e.getMessage()));
    }
    Map<String, String> flat = new LinkedHashMap<>();
    if (root == null || root.isNull() || root.isMissingNode()) {
      return flat;
    }
    if (!root.isObject()) {
      throw new ConfigurationException(
          "configuration file " + file + " must hold key: value pairs at the top level");
    }
    flatten("", root, flat, file);
    return flat;
  }

  private static void flatten(String prefix, JsonNode node, Map<String, String> out, Path file) {
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      var field = fields.next();
      String key = prefix.isEmpty() ? field.getKey() : prefix + "_" + field.getKey();
      JsonNode value = field.getValue();
      if (value.isObject()) {
        flatten(key, value, out, file);
      } else if (value.isArray()) {
        StringBuilder joined = new StringBuilder();
        for (JsonNode item : value) {
          if (!item.isValueNode()) {
            throw new ConfigurationException(
                "configuration key " + canonical(key) + " in " + file + " must be a list of values");
          }
          joined.append(joined.length() == 0 ? "" : ",").append(item.asText());
        }
        out.put(key, joined.toString());
      } else if (!value.isNull()) {
        out.put(key, value.asText());
      }
    }
  }

  static String canonical(String key) {
    String upper = key.strip().replace('.', '_').replace('-', '_').toUpperCase(Locale.ROOT);
    return ALIASES.getOrDefault(upper, upper);
  }

  public Optional<String> get(String key) {
    return Optional.ofNullable(values.get(canonical(key))).map(String::strip).filter(s -> !s.isEmpty());
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
