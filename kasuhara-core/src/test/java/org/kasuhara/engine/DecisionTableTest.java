// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kasuhara.model.ActionType;
import org.kasuhara.model.Case;
import org.kasuhara.model.Channel;
import org.kasuhara.model.Contact;

class DecisionTableTest {
    /** Rows 10 and 11 are rules; the table's header is row 5. */
    static final String ACTIONS = """
            RuleSet,verdict,,,
            Import,"org.kasuhara.engine.facts.*, org.kasuhara.model.*",,,
            Notes,推奨対応 / recommended actions,,,
            ,,,,
            RuleTable Actions by behaviour,,,,
            NAME,METADATA,METADATA,CONDITION,ACTION
            ,,,,
            ,"id(""$param"")","source(""$param"")",exists Finding(behaviour == Behaviour.$param) $o : Outcome(),$o.recommend(ActionType.$param);
            Rule name,id,source,behaviour,action
            Confinement: announce a time limit,T-DT-1,MHLW-2022 p.26,CONFINEMENT,ANNOUNCE_TIME_LIMIT
            Threats: consult a lawyer,T-DT-2,MHLW-2022 p.26,INTIMIDATION,CONSULT_LAWYER
            """;

    @TempDir
    Path dir;

    private RuleSet compileWith(String path, String table) {
        return RuleSet.compile(RuleSource.directory(TestRuleSets.write(dir, Map.of(
                "signals/confinement.drl", TestRuleSets.CONFINEMENT, "verdict/verdict.drl", TestRuleSets.VERDICT,
                path, table))));
    }

    private static Case callOf(int minutes) {
        OffsetDateTime start = OffsetDateTime.parse("2026-11-20T14:00:00+09:00");
        return Case.builder("C-1", start, Channel.PHONE)
                .contact(new Contact(Channel.PHONE, start, start.plusMinutes(minutes), "op-1", null, null)).build();
    }

    @Test
    void eachRowOfACsvDecisionTableIsARuleNamedByItsRow() {
        RuleSet rules = compileWith("verdict/actions.drl.csv", ACTIONS);
        assertThat(rules.rules()).filteredOn(r -> r.file().equals("verdict/actions.drl.csv"))
                .extracting(RuleInfo::id, RuleInfo::line, RuleInfo::name, RuleInfo::source)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("T-DT-1", 10, "Confinement: announce a time limit",
                                "MHLW-2022 p.26"),
                        org.assertj.core.groups.Tuple.tuple("T-DT-2", 11, "Threats: consult a lawyer",
                                "MHLW-2022 p.26"));
    }

    @Test
    void aDecisionTableDecidesLikeAnyRule() {
        TriageEngine engine = TriageEngine.builder().ruleSet(compileWith("verdict/actions.drl.csv", ACTIONS)).build();
        assertThat(engine.assess(callOf(74)).actions()).extracting(a -> a.type())
                .contains(ActionType.ANNOUNCE_TIME_LIMIT).doesNotContain(ActionType.CONSULT_LAWYER);
        assertThat(engine.assess(callOf(74)).firedRules()).extracting(f -> f.rule()).contains("T-DT-1");
    }

    @Test
    void aMistakeInACellNamesTheTablesRow() {
        RuleSetException e = assertThrows(ACTIONS.replace("INTIMIDATION,CONSULT", "INTIMIDATON,CONSULT"));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("verdict/actions.drl.csv");
            assertThat(p.line()).isEqualTo(11);
        });
    }

    @Test
    void aDuplicateIdInATableNamesBothRows() {
        RuleSetException e = assertThrows(ACTIONS.replace("T-DT-2", "T-DT-1"));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(11);
            assertThat(p.message()).contains("already used").contains("verdict/actions.drl.csv:10");
        });
    }

    @Test
    void aMalformedTableNamesTheCell() {
        RuleSetException e = assertThrows(ACTIONS.replace("METADATA,CONDITION", "METADATA,XYZ"));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("verdict/actions.drl.csv");
            assertThat(p.line()).isEqualTo(8);
            assertThat(p.message()).startsWith("decision table:").contains("cell D8");
        });
    }

    @Test
    void anXlsxTableWorksWhenApachePoiIsPresent() throws IOException {
        Path file = dir.resolve("verdict/actions.drl.xlsx");
        TestRuleSets.write(dir, Map.of("signals/confinement.drl", TestRuleSets.CONFINEMENT,
                "verdict/verdict.drl", TestRuleSets.VERDICT));
        Files.write(file, xlsxOf(ACTIONS));
        RuleSet rules = RuleSet.compile(RuleSource.directory(dir));
        assertThat(rules.rules()).filteredOn(r -> r.file().endsWith(".xlsx")).extracting(RuleInfo::id, RuleInfo::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("T-DT-1", 10),
                        org.assertj.core.groups.Tuple.tuple("T-DT-2", 11));
    }

    private RuleSetException assertThrows(String table) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
                () -> compileWith("verdict/actions.drl.csv", table));
        assertThat(thrown).isInstanceOf(RuleSetException.class);
        return (RuleSetException) thrown;
    }

    /** The same table as a workbook: one cell per CSV field (the table has no quoted commas but the import). */
    private static byte[] xlsxOf(String csv) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("actions");
            List<String> lines = csv.lines().toList();
            for (int r = 0; r < lines.size(); r++) {
                Row row = sheet.createRow(r);
                List<String> cells = fields(lines.get(r));
                for (int c = 0; c < cells.size(); c++) {
                    if (!cells.get(c).isEmpty()) {
                        row.createCell(c).setCellValue(cells.get(c));
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    private static List<String> fields(String line) {
        List<String> fields = new java.util.ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '"' && quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (ch == '"') {
                quoted = !quoted;
            } else if (ch == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(ch);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
