package com.otopair;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.otopair.base.TransactionLocks;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.annotation.Annotation;
import java.util.List;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.annotation.Scheduled;

/** The rules of STYLE.md that a reviewer would otherwise have to remember, checked every build. */
class ArchitectureRulesTest {

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("com.otopair");

  private static final List<Class<? extends Annotation>> ACCESS =
      List.of(RolesAllowed.class, PermitAll.class, AnonymousAllowed.class);

  @Test
  void everyViewSaysWhoMayOpenItExactlyOnce() {
    classes()
        .that()
        .areAnnotatedWith(Route.class)
        .should(carryExactlyOneAccessAnnotation())
        .because(
            "Vaadin denies a view with none, and two make the reader guess which one wins;"
                + " use one of @RolesAllowed, @PermitAll, @AnonymousAllowed")
        .check(CLASSES);
  }

  @Test
  void everyScheduledJobRunsOnOneNodeTheOneWay() {
    methods()
        .that()
        .areAnnotatedWith(Scheduled.class)
        .should(lockThroughBase())
        .because(
            "with several nodes on one database, a job runs on one of them at a time: ShedLock's"
                + " @SchedulerLock, configured once in base (SchedulingLocks), or a transaction"
                + " lock from base's TransactionLocks where the lock must live in the job's"
                + " transaction (OutboxRetry)")
        .check(CLASSES);
  }

  @Test
  void schedulingLocksAreConfiguredOnlyInBase() {
    noClasses()
        .that()
        .resideOutsideOfPackage("com.otopair.base..")
        .should()
        .dependOnClassesThat()
        .areAssignableTo(LockProvider.class)
        .orShould()
        .beAnnotatedWith(EnableSchedulerLock.class)
        .because("one way to run a job on one node, in base: SchedulingLocks")
        .check(CLASSES);
  }

  private static ArchCondition<JavaClass> carryExactlyOneAccessAnnotation() {
    return new ArchCondition<>(
        "carry exactly one of @RolesAllowed, @PermitAll, @AnonymousAllowed") {
      @Override
      public void check(JavaClass view, ConditionEvents events) {
        List<String> found =
            ACCESS.stream().filter(view::isAnnotatedWith).map(Class::getSimpleName).toList();
        events.add(
            new SimpleConditionEvent(
                view,
                found.size() == 1,
                view.getName() + " carries " + (found.isEmpty() ? "none" : found)));
      }
    };
  }

  private static ArchCondition<JavaMethod> lockThroughBase() {
    return new ArchCondition<>("carry @SchedulerLock or lock with TransactionLocks") {
      @Override
      public void check(JavaMethod job, ConditionEvents events) {
        boolean shedLock = job.isAnnotatedWith(SchedulerLock.class);
        boolean transactionLock =
            job.getOwner().getDirectDependenciesFromSelf().stream()
                .anyMatch(d -> d.getTargetClass().isEquivalentTo(TransactionLocks.class));
        events.add(
            new SimpleConditionEvent(
                job,
                shedLock || transactionLock,
                job.getFullName() + " runs on every node that fires it"));
      }
    };
  }
}
