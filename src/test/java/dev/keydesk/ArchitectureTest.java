package dev.keydesk;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.keydesk.security.LoginView;

/**
 * The package rules of docs/design-decisions/DD001-package-by-feature.md: views talk to services, services
 * know nothing of views, and feature packages depend on each other in one direction only.
 */
@AnalyzeClasses(packages = "dev.keydesk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String UI = "dev.keydesk..ui..";

    @ArchTest
    static final ArchRule views_never_touch_repositories = noClasses().that().resideInAPackage(UI)
            .should().dependOnClassesThat(assignableTo(org.springframework.data.repository.Repository.class)
                    .or(simpleNameEndingWith("Repository"))
                    .or(name("dev.keydesk.apikey.KeyQueries")))
            .because("views call services, which hold every rule and permission check");

    /** A feature may use base/ and features below it, never one that uses it back (dev.keydesk.base is one slice). */
    @ArchTest
    static final ArchRule feature_packages_have_no_cycles = slices().matching("dev.keydesk.(*)..")
            .should().beFreeOfCycles()
            .because("a cycle between features means neither can be understood, tested or moved alone");

    @ArchTest
    static final ArchRule views_never_run_sql = noClasses().that().resideInAPackage(UI)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..",
                    "org.springframework.data.jdbc..", "java.sql..", "javax.sql..");

    @ArchTest
    static final ArchRule services_never_depend_on_views = noClasses().that().resideOutsideOfPackage(UI)
            .should().dependOnClassesThat().resideInAPackage(UI)
            .because("rules live in services, and a service must work without any view");

    /** The login view lives in security/ beside the chain that names it; it is the one view outside ui/. */
    @ArchTest
    static final ArchRule only_views_use_vaadin_components = noClasses()
            .that(not(resideInAPackage(UI)).and(not(assignableTo(LoginView.class))))
            .should().dependOnClassesThat().resideInAPackage("com.vaadin.flow.component..");

    @ArchTest
    static final ArchRule the_key_limit_takes_no_jvm_lock = noClasses()
            .that().resideInAnyPackage("dev.keydesk.apikey", "dev.keydesk.account")
            .should().dependOnClassesThat().resideInAnyPackage("java.util.concurrent.locks..")
            .because("several nodes share one database: only the database's row lock serialises key changes");

    @ArchTest
    static final ArchRule services_have_no_synchronized_methods = methods()
            .that().areDeclaredInClassesThat().resideInAnyPackage("dev.keydesk.apikey", "dev.keydesk.account")
            .should().notHaveModifier(JavaModifier.SYNCHRONIZED)
            .because("several nodes share one database: only the database's row lock serialises key changes");
}
