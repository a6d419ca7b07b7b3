// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kasuhara eval cases}: the share in the accepted set and both directions of the swaps. */
class EvalCasesCommandTest {
    private static String labelled(String id, String verdicts, boolean hard, String text) {
        return "{\"id\":\"" + id + "\",\"language\":\"ja\",\"hard\":" + hard + ",\"types\":[],\"verdicts\":[" + verdicts
                + "],\"police\":false,\"accepted\":true,\"why\":\"test\",\"case\":{\"id\":\"" + id
                + "\",\"receivedAt\":\"2026-11-20T14:03:00+09:00\",\"channel\":\"WEB_FORM\",\"contacts\":[{\"channel\":"
                + "\"WEB_FORM\",\"start\":\"2026-11-20T10:00:00+09:00\",\"text\":\"" + text + "\"}]}}";
    }

    @Test
    void reportsBothDirectionsOfTheSwaps(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("cases.jsonl");
        Files.writeString(file, String.join("\n",
                labelled("E-1", "\"LEGITIMATE_COMPLAINT\"", true, "返金の状況を教えていただけますか。"),
                labelled("E-2", "\"LEGITIMATE_COMPLAINT\"", true, "このバカ店員、死ね。"),
                labelled("E-3", "\"CUSTOMER_HARASSMENT\"", false, "返金の状況を教えていただけますか。"),
                labelled("E-4", "\"CUSTOMER_HARASSMENT\"", false, "このバカ店員、死ね。")) + "\n",
                StandardCharsets.UTF_8);

        CliRun run = CliRun.of("eval", "cases", "--misses", file.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("cases: 4", "verdict in accepted set: 2 (50.0 %)",
                "harassment <-> legitimate swaps: 2 (harassment judged legitimate 1, legitimate judged harassment 1)",
                "hard legitimate cases right: 1 of 2");
        assertThat(run.out()).containsPattern("E-2 expected \\[LEGITIMATE_COMPLAINT\\].*got CUSTOMER_HARASSMENT")
                .containsPattern("E-3 expected \\[CUSTOMER_HARASSMENT\\].*got LEGITIMATE_COMPLAINT");
    }

    @Test
    void scoresTheRulesAgainstTheVerdictsStaffConfirmedOrCorrectedInTheStore(@TempDir Path dir) {
        Path data = dir.resolve("data");
        String confirmed;
        String corrected;
        try (var store = org.kasuhara.cases.store.jdbc.JdbcCaseStore.h2(data)) {
            var intake = new org.kasuhara.cases.store.CaseIntake(store,
                    org.kasuhara.engine.TriageEngine.builder().build());
            confirmed = receive(intake, "S-1", "このバカ店員、死ね。");
            corrected = receive(intake, "S-2", "返金の状況を教えていただけますか。");
            receive(intake, "S-3", "返金の状況を教えていただけますか。");
            store.reviewVerdict(confirmed, "sato", org.kasuhara.model.Verdict.CUSTOMER_HARASSMENT, "");
            store.reviewVerdict(corrected, "sato", org.kasuhara.model.Verdict.CUSTOMER_HARASSMENT,
                    "録音では脅しがあった");
        }

        CliRun run = CliRun.of("eval", "cases", "--data", data.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("staff-reviewed cases: 2", "verdict agrees with staff: 1 (50.0 %)",
                "harassment <-> legitimate swaps: 1", "swap " + corrected + " LEGITIMATE_COMPLAINT -> "
                        + "CUSTOMER_HARASSMENT");
        assertThat(run.out()).containsPattern("CUSTOMER_HARASSMENT\\s+2\\s+1");
        assertThat(CliRun.of("eval", "cases").exit()).as("neither FILE nor --data").isEqualTo(2);
        assertThat(CliRun.of("eval", "cases", "--data", dir.resolve("missing").toString()).err())
                .contains("missing");
    }

    private static String receive(org.kasuhara.cases.store.CaseIntake intake, String id, String text) {
        org.kasuhara.model.Case received;
        try {
            received = org.kasuhara.json.KasuharaJson.mapper().readValue("{\"id\":\"" + id + "\",\"receivedAt\":"
                + "\"2026-11-20T14:03:00+09:00\",\"channel\":\"WEB_FORM\",\"contacts\":[{\"channel\":\"WEB_FORM\","
                + "\"start\":\"2026-11-20T10:00:00+09:00\",\"text\":\"" + text + "\"}]}",
                    org.kasuhara.model.Case.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
        }
        return intake.receive(received, null).receipt().number();
    }
}
