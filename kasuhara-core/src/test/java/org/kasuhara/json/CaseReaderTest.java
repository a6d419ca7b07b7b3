// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kasuhara.model.Channel;
import org.kasuhara.model.DemandType;

class CaseReaderTest {
    private static final String GOOD = """
            {"id":"C-1","receivedAt":"2026-11-20T14:03:00+09:00","channel":"PHONE","matter":"order-1",\
            "demands":[{"type":"REFUND","amountYen":3000}],"facts":{"defectConfirmed":true},\
            "contacts":[{"channel":"PHONE","start":"2026-11-20T14:03:00+09:00","end":"2026-11-20T15:17:00+09:00"}]}""";

    private final CaseReader reader = new CaseReader();

    private List<CaseRecord> read(String text) {
        return reader.readAll(new StringReader(text), "cases.jsonl");
    }

    private InputProblem onlyProblem(String text) {
        List<CaseRecord> records = read(text);
        assertThat(records).hasSize(1);
        assertThat(records.get(0).isValid()).isFalse();
        return records.get(0).problem();
    }

    @Test
    void readsAValidCaseWithAllNestedRecords() {
        var c = reader.readOne(GOOD);
        assertThat(c.id()).isEqualTo("C-1");
        assertThat(c.channel()).isEqualTo(Channel.PHONE);
        assertThat(c.demands().get(0).type()).isEqualTo(DemandType.REFUND);
        assertThat(c.contacts().get(0).duration()).isEqualTo(Duration.ofMinutes(74));
        assertThat(c.facts().defectConfirmed()).isTrue();
        assertThat(c.facts().relatedToService()).isNull();
    }

    @Test
    void contactEndingBeforeItStartsNamesThePath() {
        InputProblem problem = onlyProblem(GOOD.replace("15:17", "13:00"));
        assertThat(problem.path()).isEqualTo("contacts[0].end");
        assertThat(problem.message()).contains("must not be before start");
        assertThat(problem.line()).isEqualTo(1);
    }

    @Test
    void negativeAmountNamesThePath() {
        InputProblem problem = onlyProblem(GOOD.replace("\"amountYen\":3000", "\"amountYen\":-5"));
        assertThat(problem.path()).isEqualTo("demands[0].amountYen");
        assertThat(problem.message()).contains("0 or more");
    }

    @Test
    void unknownFieldIsRejectedWithTheKnownFields() {
        InputProblem problem = onlyProblem(GOOD.replace("\"matter\"", "\"mater\""));
        assertThat(problem.path()).isEqualTo("mater");
        assertThat(problem.message()).contains("unknown field").contains("matter");
    }

    @Test
    void missingRequiredFieldIsNamed() {
        InputProblem problem = onlyProblem(GOOD.replace("\"receivedAt\":\"2026-11-20T14:03:00+09:00\",", ""));
        assertThat(problem.path()).isEqualTo("receivedAt");
        assertThat(problem.message()).contains("required");
    }

    @Test
    void wrongTypesAreNotCoerced() {
        assertThat(onlyProblem(GOOD.replace("\"amountYen\":3000", "\"amountYen\":\"3000\"")).path())
                .isEqualTo("demands[0].amountYen");
        assertThat(onlyProblem(GOOD.replace("\"id\":\"C-1\"", "\"id\":17")).path()).isEqualTo("id");
        assertThat(onlyProblem(GOOD.replace("\"defectConfirmed\":true", "\"defectConfirmed\":\"yes\"")).path())
                .isEqualTo("facts.defectConfirmed");
    }

    @Test
    void unknownEnumValueListsTheAllowedValues() {
        InputProblem problem = onlyProblem(GOOD.replace("\"channel\":\"PHONE\",\"matter\"", "\"channel\":\"FAX\",\"matter\""));
        assertThat(problem.path()).isEqualTo("channel");
        assertThat(problem.message()).contains("FAX").contains("WEB_FORM");
    }

    @Test
    void dateTimeWithoutOffsetIsRejected() {
        InputProblem problem = onlyProblem(GOOD.replace("\"receivedAt\":\"2026-11-20T14:03:00+09:00\"",
                "\"receivedAt\":\"2026-11-20T14:03:00\""));
        assertThat(problem.path()).isEqualTo("receivedAt");
        assertThat(problem.message()).contains("offset");
    }

    @Test
    void jsonLinesReportTheLineOfEachBadRecordAndKeepTheGoodOnes() {
        String text = GOOD + "\n\n" + GOOD.replace("C-1", "C-2").replace("15:17", "13:00") + "\n{broken\n"
                + GOOD.replace("C-1", "C-4") + "\n";
        List<CaseRecord> records = read(text);
        assertThat(records).extracting(CaseRecord::line).containsExactly(1, 3, 4, 5);
        assertThat(records).extracting(CaseRecord::isValid).containsExactly(true, false, false, true);
        assertThat(records.get(1).problem().toString()).startsWith("cases.jsonl:3: contacts[0].end: ");
        assertThat(records.get(2).problem().message()).contains("not valid JSON");
        assertThat(records.get(3).value().id()).isEqualTo("C-4");
    }

    @Test
    void arrayRecordsCarryTheLineWhereEachStarts() {
        String text = "[\n" + GOOD + ",\n" + GOOD.replace("C-1", "C-2").replace("\"PHONE\",\"matter\"",
                "\"PAGER\",\"matter\"") + "\n]";
        List<CaseRecord> records = read(text);
        assertThat(records).extracting(CaseRecord::line).containsExactly(2, 3);
        assertThat(records.get(1).problem().path()).isEqualTo("channel");
    }

    @Test
    void prettyPrintedObjectIsOneRecord() {
        String pretty = GOOD.replace(",\"", ",\n  \"");
        List<CaseRecord> records = read(pretty);
        assertThat(records).hasSize(1);
        assertThat(records.get(0).isValid()).isTrue();
    }

    @Test
    void readOneThrowsWithEveryProblem() {
        assertThatThrownBy(() -> reader.readOne(GOOD.replace("\"id\":\"C-1\",", "")))
                .isInstanceOf(InvalidCaseException.class)
                .hasMessageContaining("id: is required");
    }

    @Test
    void personalDataIsNotPrintedByToString() {
        var c = reader.readOne(GOOD.replace("\"matter\"",
                "\"applicant\":{\"name\":\"山田太郎\",\"phone\":\"090-1234-5678\",\"email\":\"t@example.jp\"},\"matter\""));
        assertThat(c.toString()).doesNotContain("山田太郎", "090-1234-5678", "t@example.jp");
        assertThat(c.applicant().name()).isEqualTo("山田太郎");
    }

    @Test
    void inputErrorsNeverEchoValuesThatMayBePersonalData() {
        InputProblem wrongType = onlyProblem(GOOD.replace("\"matter\"",
                "\"applicant\":{\"phone\":9012345678},\"matter\""));
        assertThat(wrongType.path()).isEqualTo("applicant.phone");
        assertThat(wrongType.toString()).doesNotContain("9012345678");
        InputProblem syntax = onlyProblem(GOOD.replace("\"matter\":\"order-1\"", "\"matter\":Yamada_Taro"));
        assertThat(syntax.message()).contains("not valid JSON").doesNotContain("Yamada_Taro");
    }

    @Test
    void anOverLongIdOrOneWithControlCharactersIsAFieldErrorThatNeverEchoesIt() {
        String longId = "山田花子090-0000-1234".repeat(12);
        InputProblem tooLong = onlyProblem(GOOD.replace("\"C-1\"", "\"" + longId + "\""));
        assertThat(tooLong.path()).isEqualTo("id");
        assertThat(tooLong.message()).contains("at most 200 characters, was 204");
        assertThat(tooLong.toString()).doesNotContain("山田花子");
        for (String bad : List.of("C-1\\r\\nINFO forged log line", "C-\\u001b[2J", "C-\\u0000", "C-\\ud800x",
                "C-\\u2028")) {
            InputProblem problem = onlyProblem(GOOD.replace("\"C-1\"", "\"" + bad + "\""));
            assertThat(problem.path()).as(bad).isEqualTo("id");
            assertThat(problem.message()).as(bad).contains("must not contain control characters");
            assertThat(problem.toString()).doesNotContain("forged");
        }
    }

    @Test
    void aReceiptTimeOutsideTheCalendarIsAFieldErrorNotACrash() {
        for (String when : List.of("+99999-01-01T00:00:00+09:00", "-0001-01-01T00:00:00+09:00",
                "1900-01-01T00:00:00+09:00", "1999-12-31T23:59:59+09:00", "2099-12-30T10:00:00+09:00")) {
            InputProblem problem = onlyProblem(GOOD.replace("\"receivedAt\":\"2026-11-20T14:03:00+09:00\"",
                    "\"receivedAt\":\"" + when + "\""));
            assertThat(problem.path()).as(when).isEqualTo("receivedAt");
        }
        assertThat(onlyProblem(GOOD.replace("\"receivedAt\":\"2026-11-20T14:03:00+09:00\"",
                "\"receivedAt\":\"1900-01-01T00:00:00+09:00\"")).message()).contains("2000-01-01", "year 1900");
        assertThat(reader.readOne(GOOD.replace("2026-11-20T14:03:00+09:00\",\"channel", "2099-11-30T09:00:00+09:00\","
                + "\"channel")).receivedAt().getYear()).isEqualTo(2099);
    }

    @Test
    void deepNestingAndHugeNumbersAreInputErrorsWithALine() {
        String deep = GOOD.replace("\"matter\":\"order-1\"", "\"matter\":" + "[".repeat(2000) + "]".repeat(2000));
        String huge = GOOD.replace("\"amountYen\":3000", "\"amountYen\":" + "9".repeat(2000));

        InputProblem nested = onlyProblem(deep);
        InputProblem number = onlyProblem(huge);

        assertThat(nested.line()).isEqualTo(1);
        assertThat(nested.path()).isEqualTo("matter");
        assertThat(number.line()).isEqualTo(1);
        assertThat(number.path()).startsWith("demands[0]");
        assertThat(number.toString()).doesNotContain("9".repeat(50));
    }
}
