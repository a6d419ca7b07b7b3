// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The floor plan, checked on the compiled classes of every module the CLI is built from: modules and packages
 * depend downward only, never in a circle. Run it with {@code ./mvnw verify}; a violation names both classes.
 */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            // the floor plan is about main code: test fixtures from other modules' test jars are not part of it
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("org.kasuhara");
    private static final String[] CORE = {"org.kasuhara.calendar..", "org.kasuhara.catalogue..",
            "org.kasuhara.engine..", "org.kasuhara.json..", "org.kasuhara.model..", "org.kasuhara.policy..",
            "org.kasuhara.text.."};
    private static final String[] CAPABILITIES = {"org.kasuhara.calls..", "org.kasuhara.cases..",
            "org.kasuhara.testkit..", "org.kasuhara.cli..", "org.kasuhara.mail..", "org.kasuhara.web..",
            "org.kasuhara.pdf..", "org.kasuhara.streams.."};

    @Test
    void theClassesOfEveryModuleAreImported() {
        org.assertj.core.api.Assertions.assertThat(CLASSES.stream().map(c -> c.getPackageName().split("\\.")[2])
                .distinct()).contains("engine", "text", "calls", "cases", "testkit", "cli", "mail", "web", "pdf", "streams");
    }

    @Test
    void topLevelPackagesHaveNoCycles() {
        slices().matching("org.kasuhara.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void coreKnowsNoCapabilityModule() {
        noClasses().that().resideInAnyPackage(CORE).should().dependOnClassesThat().resideInAnyPackage(CAPABILITIES)
                .check(CLASSES);
    }

    @Test
    void capabilitiesKnowNoCoreInternals() {
        noClasses().that().resideInAnyPackage(CAPABILITIES).should().dependOnClassesThat()
                .resideInAnyPackage("org.kasuhara.engine.internal..", "org.kasuhara.json.internal..",
                        "org.kasuhara.text.internal..", "org.kasuhara.policy.internal..")
                .check(CLASSES);
    }

    @Test
    void capabilityModulesAreIndependentOfEachOther() {
        noClasses().that().resideInAPackage("org.kasuhara.calls..").should().dependOnClassesThat()
                .resideInAnyPackage("org.kasuhara.streams..", "org.kasuhara.cases..", "org.kasuhara.testkit..", "org.kasuhara.cli..",
                        "org.kasuhara.mail..", "org.kasuhara.web..", "org.kasuhara.pdf..")
                .check(CLASSES);
        noClasses().that().resideInAPackage("org.kasuhara.cases..").should().dependOnClassesThat()
                .resideInAnyPackage("org.kasuhara.calls..", "org.kasuhara.testkit..", "org.kasuhara.cli..",
                        "org.kasuhara.mail..", "org.kasuhara.web..", "org.kasuhara.pdf..")
                .check(CLASSES);
        noClasses().that().resideInAPackage("org.kasuhara.testkit..").should().dependOnClassesThat()
                .resideInAnyPackage("org.kasuhara.calls..", "org.kasuhara.cases..", "org.kasuhara.cli..",
                        "org.kasuhara.mail..", "org.kasuhara.web..", "org.kasuhara.pdf..")
                .check(CLASSES);
    }

    /** The web adapter feeds the call monitor ({@code POST /api/v1/call-events}) through its public API only. */
    @Test
    void theWebAdapterUsesOnlyThePublicApiOfTheCallsModule() {
        noClasses().that().resideInAnyPackage("org.kasuhara.web..").should().dependOnClassesThat()
                .resideInAnyPackage("org.kasuhara.calls.internal..", "org.kasuhara.calls.batch..",
                        "org.kasuhara.calls.facts..")
                .check(CLASSES);
    }

    @Test
    void adaptersDependOnNoOtherAdapterButPdfAndNothingDependsOnTheCli() {
        noClasses().that().resideInAnyPackage("org.kasuhara.mail..").should().dependOnClassesThat()
                .resideInAnyPackage("org.kasuhara.web..", "org.kasuhara.pdf..", "org.kasuhara.cases.store.jdbc..")
                .check(CLASSES);
        noClasses().that().resideInAnyPackage("org.kasuhara.web..").should().dependOnClassesThat()
                .resideInAnyPackage("org.kasuhara.mail..", "org.kasuhara.cases.store.jdbc..").check(CLASSES);
        noClasses().that().resideInAnyPackage("org.kasuhara.pdf..").should().dependOnClassesThat()
                .resideInAnyPackage("org.kasuhara.engine..", "org.kasuhara.model..", "org.kasuhara.cases..")
                .check(CLASSES);
        noClasses().that().resideOutsideOfPackage("org.kasuhara.cli..").should().dependOnClassesThat()
                .resideInAPackage("org.kasuhara.cli..").check(CLASSES);
    }
}
