package org.carecircle.core.message;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;

/**
 * User-facing text from a properties bundle under {@code messages/}, so tone can be reviewed and
 * changed by non-developers. Placeholders are written {@code {name}}. Immutable.
 */
public final class Texts {
  private final Properties properties = new Properties();
  private final String bundle;

  public Texts(String bundle) {
    this.bundle = bundle;
    String resource = "messages/" + bundle + ".properties";
    try (InputStream in = Texts.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing text bundle " + resource);
      }
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String get(String key) {
    String value = properties.getProperty(key);
    if (value == null) {
      throw new IllegalArgumentException("no text '" + key + "' in bundle " + bundle);
    }
    return value;
  }

  public String get(String key, Map<String, String> values) {
    String text = get(key);
    for (Map.Entry<String, String> v : values.entrySet()) {
      text = text.replace("{" + v.getKey() + "}", v.getValue());
    }
    return text;
  }
}
