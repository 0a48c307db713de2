package org.carecircle.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dependency rules of ARCHITECTURE.md: one direction, and no platform library in the core. */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importProductionClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.carecircle");
  }

  @Test
  void coreAndKnowledgeBaseImportNoPlatformLibrary() {
    noClasses()
        .that().resideInAnyPackage("org.carecircle.core..", "org.carecircle.kb..")
        .should().dependOnClassesThat()
        .resideInAnyPackage("net.dv8tion..", "org.telegram..", "okhttp3..", "com.sun.net.httpserver..")
        .check(classes);
  }

  @Test
  void knowledgeBaseDependsOnNothingAboveIt() {
    noClasses()
        .that().resideInAPackage("org.carecircle.kb..")
        .should().dependOnClassesThat()
        .resideInAnyPackage(
            "org.carecircle.core..", "org.carecircle.telegram..", "org.carecircle.discord..",
            "org.carecircle.app..")
        .check(classes);
  }

  @Test
  void coreDependsOnNoAdapterNorTheApp() {
    noClasses()
        .that().resideInAPackage("org.carecircle.core..")
        .should().dependOnClassesThat()
        .resideInAnyPackage("org.carecircle.telegram..", "org.carecircle.discord..", "org.carecircle.app..")
        .check(classes);
  }

  @Test
  void adaptersDoNotKnowEachOtherNorTheApp() {
    noClasses()
        .that().resideInAPackage("org.carecircle.telegram..")
        .should().dependOnClassesThat()
        .resideInAnyPackage("org.carecircle.discord..", "org.carecircle.app..", "net.dv8tion..")
        .check(classes);
    noClasses()
        .that().resideInAPackage("org.carecircle.discord..")
        .should().dependOnClassesThat()
        .resideInAnyPackage("org.carecircle.telegram..", "org.carecircle.app..", "org.telegram..")
        .check(classes);
  }

  @Test
  void noGrabBagClassNames() {
    noClasses()
        .should().haveSimpleNameEndingWith("Util")
        .orShould().haveSimpleNameEndingWith("Utils")
        .orShould().haveSimpleNameEndingWith("Manager")
        .orShould().haveSimpleNameEndingWith("Helper")
        .check(classes);
  }
}
