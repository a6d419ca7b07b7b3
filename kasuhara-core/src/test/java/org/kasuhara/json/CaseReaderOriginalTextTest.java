// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** readWithText passes each record with its text exactly as it stands in the input, for the store's evidence. */
class CaseReaderOriginalTextTest {
    private static final String A = "{\"id\": \"A\", \"receivedAt\": \"2026-11-20T14:03:00+09:00\", "
            + "\"channel\": \"PHONE\", \"matter\": \"全角　と😀\"}";
    private static final String B = "{\n  \"id\" : \"B\",\n  \"receivedAt\": \"2026-11-20T14:03:00+09:00\",\n"
            + "  \"channel\": \"EMAIL\"\n}";

    @Test
    void jsonLinesRecordsKeepTheirLine() {
        assertThat(texts(A + "\n\n" + A.replace("\"A\"", "\"C\"") + "\n"))
                .containsExactly(A, A.replace("\"A\"", "\"C\""));
    }

    @Test
    void arrayAndDocumentRecordsKeepTheirObjectTextExactly() {
        assertThat(texts("[\n" + A + " ,\n" + B + "\n]\n")).containsExactly(A, B);
        assertThat(texts(B)).containsExactly(B);
        assertThat(texts(B + "\n" + B.replace("\"B\"", "\"D\""))).containsExactly(B, B.replace("\"B\"", "\"D\""));
    }

    @Test
    void invalidRecordsStillComeWithTheirTextWhenItsEndIsKnown() {
        List<CaseRecord> records = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        new CaseReader().readWithText(new StringReader("[" + B.replace("EMAIL", "FAX") + "]"), "x.json",
                (record, text) -> {
                    records.add(record);
                    texts.add(text);
                });
        assertThat(records).singleElement().satisfies(r -> assertThat(r.problem().path()).isEqualTo("channel"));
        assertThat(texts).containsExactly(B.replace("EMAIL", "FAX"));
    }

    private static List<String> texts(String input) {
        List<String> texts = new ArrayList<>();
        new CaseReader().readWithText(new StringReader(input), "in.json", (record, text) -> {
            assertThat(record.isValid()).as(String.valueOf(record.problem())).isTrue();
            texts.add(text);
        });
        return texts;
    }
}
