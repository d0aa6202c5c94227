package com.otopair;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModules;

/** The module boundaries of ARCHITECTURE.md, checked on every build. */
class ModularityTests {

  private static final ApplicationModules MODULES = ApplicationModules.of(OtopairApplication.class);
  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("com.otopair");

  @Test
  void modulesOnlyUseEachOthersPublicApiAndHaveNoCycles() {
    MODULES.verify();
  }

  @Test
  void viewsNeverUseRepositories() {
    noClasses()
        .that()
        .resideInAPackage("..ui..")
        .should()
        .dependOnClassesThat()
        .areAssignableTo(Repository.class)
        .because("views go through services, which own the transactions")
        .check(CLASSES);
  }

  @Test
  void viewsNeverTouchEntitiesDirectly() {
    noClasses()
        .that()
        .resideInAPackage("..ui..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("com.otopair..domain..")
        .because("services hand views records, so nothing lazy leaks past a transaction")
        .check(CLASSES);
  }
}
