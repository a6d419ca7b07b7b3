// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class PoliciesTest {

    private static Policies parse(String yaml) {
        return Policies.parse(new StringReader(yaml), "policy.yaml");
    }

    @Test
    void defaultsFollowTheGuidelines() {
        Policy p = Policy.defaults();
        assertThat(p.confinementMinutes()).isEqualTo(60);
        assertThat(p.repeatContacts()).isEqualTo(3);
        assertThat(p.reportBusinessDays()).isEqualTo(3);
        assertThat(p.offHoursStart()).isEqualTo(LocalTime.of(22, 0));
    }

    @Test
    void organisationOverridesStartFromTheFilesDefaultsWhereverTheyStand() {
        Policies policies = parse("""
                organizations:
                  acme-foods:
                    confinementMinutes: 45
                defaults:
                  repeatContacts: 4
                """);
        assertThat(policies.forOrganization("acme-foods").confinementMinutes()).isEqualTo(45);
        assertThat(policies.forOrganization("acme-foods").repeatContacts()).isEqualTo(4);
        assertThat(policies.forOrganization("other").confinementMinutes()).isEqualTo(60);
        assertThat(policies.forOrganization(null).repeatContacts()).isEqualTo(4);
    }

    @Test
    void everyErrorOfAFileIsReportedWithItsLineAndKey() {
        assertThatThrownBy(() -> parse("""
                defaults:
                  confinementMinutes: 0
                  repeatContacs: 3
                  offHoursStart: "25:00"
                organizations:
                  acme:
                    repeatContacts: "three"
                """))
                .isInstanceOfSatisfying(PolicyException.class, e -> assertThat(e.problems()).extracting(Object::toString).containsExactly(
                        "policy.yaml:2: defaults.confinementMinutes: must be between 1 and 1440, was 0",
                        "policy.yaml:3: defaults.repeatContacs: unknown key; expected one of " + "["
                                + String.join(", ", java.util.List.of("confinementMinutes", "confinementWarningMinutes", "repeatContacts", "repeatWindowDays", "sameClaimMinutes", "unfulfillableDemandRepeats", "exitRequestsBeforePolice", "offHoursStart", "offHoursEnd", "excessiveDemandRatio", "toneMarkers", "reportBusinessDays", "zone", "closures")) + "]",
                        "policy.yaml:4: defaults.offHoursStart: expected a time of day such as \"22:00\", was \"25:00\"",
                        "policy.yaml:7: organizations.acme.repeatContacts: expected a whole number, was \"three\""));
    }

    @Test
    void brokenYamlNamesTheLine() {
        assertThatThrownBy(() -> parse("defaults:\n  confinementMinutes: [60\n"))
                .isInstanceOf(PolicyException.class)
                .hasMessageStartingWith("policy.yaml:");
    }

    @Test
    void offHoursWindowWrapsMidnight() {
        Policy p = Policy.defaults();
        assertThat(p.isOffHours(LocalTime.of(23, 30))).isTrue();
        assertThat(p.isOffHours(LocalTime.of(6, 59))).isTrue();
        assertThat(p.isOffHours(LocalTime.of(7, 0))).isFalse();
        assertThat(p.isOffHours(LocalTime.of(21, 59))).isFalse();
        assertThat(p.isOffHours(LocalTime.of(22, 0))).isTrue();
    }

    @Test
    void builderRejectsOutOfRangeValuesNamingTheKey() {
        assertThatThrownBy(() -> Policy.builder().repeatContacts(1))
                .hasMessage("repeatContacts: must be between 2 and 100, was 1");
    }

    @Test
    void aKeyGivenTwiceIsAnErrorNotASilentOverride() {
        assertThatThrownBy(() -> parse("""
                defaults:
                  confinementMinutes: 60
                  confinementMinutes: 45
                organizations:
                  acme:
                    repeatContacts: 4
                  acme:
                    repeatContacts: 5
                """)).isInstanceOfSatisfying(PolicyException.class, e -> assertThat(e.problems()).extracting(Object::toString).containsExactly(
                "policy.yaml:3: defaults.confinementMinutes: appears twice; first at line 2 (remove one)",
                "policy.yaml:7: organizations.acme: appears twice; first at line 5 (remove one)"));
    }

    @Test
    void aKeyWithRegexCharactersIsReportedAsUnknown() {
        assertThatThrownBy(() -> parse("defaults:\n  confinement(Minutes: 5\n"))
                .isInstanceOf(PolicyException.class)
                .hasMessageContaining("policy.yaml:2: defaults.confinement(Minutes: unknown key");
    }

    @Test
    void confinementWarningDefaultsToFiftyMinutesAndIsRangeChecked() {
        assertThat(Policy.defaults().confinementWarningMinutes()).isEqualTo(50);
        Policies policies = parse("""
                defaults:
                  confinementWarningMinutes: 40
                """);
        assertThat(policies.forOrganization(null).confinementWarningMinutes()).isEqualTo(40);
        assertThatThrownBy(() -> parse("""
                defaults:
                  confinementWarningMinutes: 0
                """)).isInstanceOf(PolicyException.class)
                .hasMessageContaining("policy.yaml:2").hasMessageContaining("confinementWarningMinutes")
                .hasMessageContaining("must be between 1 and 1440, was 0");
    }
}
