// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.examples.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The embedding example runs end to end on the sample cases. */
class EmbeddingExampleTest {

    @Test
    void assessesEveryValidCaseAndReportsInvalidOnes() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        EmbeddingExample.run(new String[] {"cases/mixed.jsonl", "cases/invalid/bad-records.jsonl"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(out.toString(StandardCharsets.UTF_8).lines()).hasSize(6)
                .allSatisfy(line -> assertThat(line).startsWith("{\"caseId\":\"EX-"))
                .anySatisfy(line -> assertThat(line).contains("\"verdict\":\"CUSTOMER_HARASSMENT\""));
        assertThat(err.toString(StandardCharsets.UTF_8).lines()).hasSize(2)
                .allSatisfy(line -> assertThat(line).startsWith("cases/invalid/bad-records.jsonl:"));
    }
}
