// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cases.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kasuhara.cases.tck.StoreFixtures.EMAIL;
import static org.kasuhara.cases.tck.StoreFixtures.NAME;
import static org.kasuhara.cases.tck.StoreFixtures.PHONE;
import static org.kasuhara.cases.tck.StoreFixtures.STAFF;
import static org.kasuhara.cases.tck.StoreFixtures.TEXT;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kasuhara.calendar.BusinessDayCalendar;
import org.kasuhara.model.Applicant;
import org.kasuhara.model.Behaviour;
import org.kasuhara.model.Case;
import org.kasuhara.model.Verdict;
import org.kasuhara.cases.store.ApplicantKey;
import org.kasuhara.cases.store.CaseOutcome;
import org.kasuhara.cases.store.CaseStore;
import org.kasuhara.cases.store.CaseStoreException;
import org.kasuhara.cases.store.InvalidTransitionException;
import org.kasuhara.cases.tck.MutableClock;
import org.kasuhara.cases.tck.StoreFixtures;
import org.kasuhara.cases.store.StoreOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.kasuhara.testing.ConsoleCapture;

/**
 * Personal data never reaches a log: everything written to standard output and error (where slf4j-simple logs)
 * during a case's whole life, its failures included, is captured and searched; so are the database's files besides
 * the data file (no H2 trace file).
 */
class LogPrivacyTest {
    /** Logs failures the way a host application would, with stack traces and causes. */
    private static final Logger HOST = LoggerFactory.getLogger("org.kasuhara.host");

    @TempDir
    Path data;

    @Test
    void namePhoneEmailStaffAndTextNeverAppearInLogOutput() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-20T01:00:00Z"));
        String captured = ConsoleCapture.of(() -> {
            try (CaseStore store = JdbcCaseStore.h2(data, new StoreOptions(BusinessDayCalendar.japan(), clock))) {
                HOST.info("privacy check starts");
                Case received = StoreFixtures.complaint("C-1", "acme-foods", "2026-11-20T10:03:00+09:00");
                String receipt = store.intake(received).number();
                store.intake(received);
                store.addAssessment(receipt, StoreFixtures.assessment(received, Verdict.CUSTOMER_HARASSMENT, true, "v",
                        Behaviour.MENTAL_ATTACK));
                store.markReported(receipt, "counter-7");
                InvalidTransitionException invalid = org.junit.jupiter.api.Assertions.assertThrows(
                        InvalidTransitionException.class, () -> store.markReported(receipt, "counter-7"));
                HOST.warn("rejected", invalid);
                store.exportApplicant(new ApplicantKey(EMAIL, PHONE, null));
                store.closeCase(receipt, "counter-7", CaseOutcome.GAVE_UP);

                // a database error while storing a case full of personal data (an organisation name too long)
                Case tooLong = Case.builder("C-2", received.receivedAt(), received.channel())
                        .organization("x".repeat(300), null)
                        .applicant(new Applicant(false, NAME, PHONE, EMAIL, null, true, false))
                        .contact(received.contacts().get(0)).build();
                assertThatThrownBy(() -> store.intake(tooLong)).isInstanceOfSatisfying(CaseStoreException.class,
                        e -> HOST.error("intake failed", e));
                clock.advance(Duration.ofDays(800));
                store.purgePersonalData(Period.ofYears(1));
                HOST.info("privacy check ends");
            }
        });

        // The random temp folder's name (junit-1776090…) may itself contain "090": it is not personal data.
        String log = captured.replace(data.toString(), "<data>");
        assertThat(log).contains("privacy check starts", "privacy check ends", "intake failed", "rejected");
        assertThat(log).doesNotContain(NAME, PHONE, EMAIL, STAFF, TEXT, "CRM-C-1", "090", "yamada");
        try (Stream<Path> files = Files.list(data)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("kasuhara.mv.db");
        }
    }
}
