package org.carecircle.kb;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Reads the files of a knowledge-base tree, from a directory or from the classpath, without judging
 * their content (that is {@link KnowledgeBaseValidator}'s job). Thread-safe.
 *
 * <p>The bundled tree is found through {@value #INDEX}, a listing written at build time, because a
 * directory inside a (shaded) jar cannot be listed portably through a class loader.
 */
public final class KnowledgeBaseReader {
  /** Where the bundled tree lives on the classpath. */
  public static final String BUNDLED_ROOT = "kb";

  /** The build-time listing of the bundled tree, one path relative to {@value #BUNDLED_ROOT} a line. */
  public static final String INDEX = BUNDLED_ROOT + "/index.txt";

  private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
  private final ObjectMapper json = new ObjectMapper();

  /** Reads every .yaml, .yml and .json file below {@code directory}, recursively, in path order. */
  public KnowledgeBaseTree read(Path directory) {
    if (!Files.isDirectory(directory)) {
      return new KnowledgeBaseTree(
          directory.toString(),
          List.of(),
          List.of(
              ValidationProblem.error(
                  directory.toString(), "", "", "is not a readable directory")));
    }
    List<Path> paths;
    try (Stream<Path> walk = Files.walk(directory)) {
      paths =
          walk.filter(Files::isRegularFile)
              .filter(p -> isContentFile(p.getFileName().toString()))
              .sorted()
              .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list knowledge base " + directory, e);
    }
    List<KnowledgeBaseFile> files = new ArrayList<>();
    List<ValidationProblem> problems = new ArrayList<>();
    for (Path path : paths) {
      String name = directory.relativize(path).toString().replace('\\', '/');
      try {
        parse(name, Files.readString(path, StandardCharsets.UTF_8), files, problems);
      } catch (IOException e) {
        problems.add(ValidationProblem.error(name, "", "", "cannot be read: " + e.getMessage()));
      }
    }
    return new KnowledgeBaseTree(directory.toString(), files, problems);
  }

  /** Reads the tree bundled under {@value #BUNDLED_ROOT} on the given class loader's classpath. */
  public KnowledgeBaseTree readBundled(ClassLoader classLoader) {
    List<String> names = bundledNames(classLoader);
    List<KnowledgeBaseFile> files = new ArrayList<>();
    List<ValidationProblem> problems = new ArrayList<>();
    for (String name : names) {
      try (InputStream in = classLoader.getResourceAsStream(BUNDLED_ROOT + "/" + name)) {
        if (in == null) {
          problems.add(ValidationProblem.error(name, "", "", "is listed in the index but missing"));
          continue;
        }
        parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8), files, problems);
      } catch (IOException e) {
        problems.add(ValidationProblem.error(name, "", "", "cannot be read: " + e.getMessage()));
      }
    }
    return new KnowledgeBaseTree("classpath:" + BUNDLED_ROOT, files, problems);
  }

  private List<String> bundledNames(ClassLoader classLoader) {
    try (InputStream index = classLoader.getResourceAsStream(INDEX)) {
      if (index != null) {
        return new String(index.readAllBytes(), StandardCharsets.UTF_8)
            .lines()
            .map(String::strip)
            .map(line -> line.replace('\\', '/'))
            .filter(line -> !line.isEmpty() && isContentFile(line))
            .sorted()
            .toList();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + INDEX, e);
    }
    // Without the build step (e.g. an IDE run straight from sources) the tree is still a directory.
    URL root = classLoader.getResource(BUNDLED_ROOT);
    if (root != null && "file".equals(root.getProtocol())) {
      try {
        Path directory = Paths.get(root.toURI());
        try (Stream<Path> walk = Files.walk(directory)) {
          return walk.filter(Files::isRegularFile)
              .map(p -> directory.relativize(p).toString().replace('\\', '/'))
              .filter(KnowledgeBaseReader::isContentFile)
              .sorted()
              .toList();
        }
      } catch (IOException | URISyntaxException e) {
        throw new IllegalStateException("Cannot list the bundled knowledge base at " + root, e);
      }
    }
    throw new KnowledgeBaseException(
        "No bundled knowledge base on the classpath: " + INDEX + " is missing", List.of());
  }

  private void parse(
      String name, String text, List<KnowledgeBaseFile> files, List<ValidationProblem> problems) {
    ObjectMapper mapper = name.toLowerCase(Locale.ROOT).endsWith(".json") ? json : yaml;
    try {
      JsonNode root = mapper.readTree(text);
      if (root == null || root.isMissingNode() || root.isNull()) {
        problems.add(ValidationProblem.error(name, "", "", "is empty"));
      } else {
        files.add(new KnowledgeBaseFile(name, root));
      }
    } catch (JsonProcessingException e) {
      String where =
          e.getLocation() == null
              ? ""
              : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
      problems.add(
          ValidationProblem.error(name, "", "", "does not parse" + where + ": " + e.getOriginalMessage()));
    }
  }

  static boolean isContentFile(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".yaml") || lower.endsWith(".yml") || lower.endsWith(".json");
  }
}
