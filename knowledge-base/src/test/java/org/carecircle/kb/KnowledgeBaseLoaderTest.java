package org.carecircle.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeBaseLoaderTest {
  private final KnowledgeBaseLoader loader =
      new KnowledgeBaseLoader(new KnowledgeBaseValidator(FixtureKnowledgeBase.CLOCK));

  @TempDir Path temp;

  @Test
  void loadsEveryYamlYmlAndJsonFileBelowTheDirectoryInPathOrder() {
    KnowledgeBase kb = loader.load(FixtureKnowledgeBase.directory());

    // faq/care.yaml comes before faq/support.json; directory/*.yml holds the groups
    assertThat(kb.faqs())
        .extracting(FaqEntry::id)
        .containsExactly(
            "hair-during-chemo", "fever-on-chemo", "radiotherapy-pain", "telling-children",
            "scan-worry");
    assertThat(kb.groups()).extracting(SupportGroup::id).containsExactly("fixture-forum", "fixture-helpline");
    assertThat(kb.crisisResources()).hasSize(2);
  }

  @Test
  void mapsFieldsAndFillsTheContractDefaults() {
    KnowledgeBase kb = loader.load(FixtureKnowledgeBase.directory());

    FaqEntry hair = kb.faq("hair-during-chemo").orElseThrow();
    assertThat(hair.variants()).hasSize(3);
    assertThat(hair.sources().get(0).url()).isEqualTo("https://example.org/fixture/hair");
    assertThat(hair.reviewed()).hasToString("2026-10-01");
    assertThat(hair.related()).containsExactly("fever-on-chemo");
    assertThat(hair.locale()).isEqualTo("en");
    assertThat(kb.faq("telling-children").orElseThrow().locale()).isEqualTo("en");

    SupportGroup forum = kb.groups().get(0);
    assertThat(forum.cancerTypes()).containsExactly("any");
    assertThat(forum.regions()).containsExactly("global");
    assertThat(forum.languages()).containsExactly("en");
    assertThat(forum.audience()).contains("patient", "caregiver", "bereaved");
    assertThat(forum.requiresApproval()).isFalse();
    assertThat(kb.groups().get(1).requiresApproval()).isTrue();
    assertThat(kb.crisisResourcesFor("GB", "medical")).extracting(CrisisResource::contact).containsExactly("Call 999");
  }

  @Test
  void refusesAnInvalidTreeAsAWholeAndListsEveryProblem() throws IOException {
    Files.createDirectories(temp.resolve("a"));
    Files.writeString(
        temp.resolve("a/good.yaml"),
        """
        kind: faq
        entries:
          - id: fine-entry
            question: Is this fine?
            answer: Yes.
            sources: [{title: T, publisher: P, url: "https://example.org/x"}]
            reviewed: 2026-10-01
        """);
    Files.writeString(
        temp.resolve("b.yaml"),
        """
        kind: faq
        entries:
          - id: Bad_Id
            question: Broken?
            answer: Yes.
            sources: [{title: T, publisher: P, url: "http://example.org/x"}]
            reviewed: 2026-10-01
        """);
    Files.writeString(temp.resolve("c.json"), "{ \"kind\": ");

    assertThatThrownBy(() -> loader.load(temp))
        .isInstanceOf(KnowledgeBaseException.class)
        .satisfies(
            e -> {
              KnowledgeBaseException refused = (KnowledgeBaseException) e;
              assertThat(refused.problems())
                  .extracting(ValidationProblem::file)
                  .contains("b.yaml", "c.json")
                  .doesNotContain("a/good.yaml");
              assertThat(refused.problems()).hasSizeGreaterThanOrEqualTo(3);
              assertThat(refused.getMessage())
                  .contains("b.yaml: entries[0]: id:")
                  .contains("c.json")
                  .contains("sources[0].url");
            });
  }

  @Test
  void refusesAMissingDirectory() {
    assertThatThrownBy(() -> loader.load(temp.resolve("nowhere")))
        .isInstanceOf(KnowledgeBaseException.class)
        .hasMessageContaining("not a readable directory");
  }

  @Test
  void loadsTheBundledTreeFromAJarThatHasNoDirectoryEntries() throws IOException {
    Path jar = temp.resolve("bundle.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      // Only file entries, as some shading or repackaging tools write them: listing kb/ would fail.
      put(out, "kb/index.txt", "faq/care.yaml\nfaq/support.json\ndirectory/groups.yml\n");
      for (String name : new String[] {"faq/care.yaml", "faq/support.json", "directory/groups.yml"}) {
        put(out, "kb/" + name, Files.readString(FixtureKnowledgeBase.directory().resolve(name)));
      }
    }
    try (URLClassLoader classLoader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
      KnowledgeBase kb = loader.loadBundled(classLoader);

      // index order does not matter: files are taken in path order, as from a directory
      assertThat(kb.faqs()).extracting(FaqEntry::id).startsWith("hair-during-chemo").hasSize(5);
      assertThat(kb.groups()).hasSize(2);
    }
  }

  @Test
  void theBundledKnowledgeBaseLoadsAndValidates() {
    KnowledgeBase kb = new KnowledgeBaseLoader().loadBundled();

    assertThat(kb.faqs()).isNotEmpty();
    assertThat(kb.crisisResourcesFor("ZZ", "crisis")).isNotEmpty();
  }

  private static void put(JarOutputStream out, String name, String text) throws IOException {
    out.putNextEntry(new JarEntry(name));
    OutputStream entry = out;
    entry.write(text.getBytes(StandardCharsets.UTF_8));
    out.closeEntry();
  }
}
