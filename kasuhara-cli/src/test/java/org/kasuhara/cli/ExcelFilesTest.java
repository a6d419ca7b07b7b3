// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rule files as Excel saves them (issue 13), through the command line a compliance team uses. */
public class ExcelFilesTest {
    private static final Path CASES = Path.of("../examples/cases");

    /** An .xlsx decision table that recommends announcing a time limit on confinement (row 10 is the rule). */
    private static void writeXlsx(Path file) throws IOException {
        String[][] rows = {
            {"RuleSet", "verdict"},
            {"Import", "org.kasuhara.engine.facts.*, org.kasuhara.model.*"},
            {"Notes", "推奨対応 / recommended actions"},
            {},
            {"RuleTable Actions by behaviour"},
            {"NAME", "METADATA", "METADATA", "CONDITION", "ACTION"},
            {},
            {"", "id(\"$param\")", "source(\"$param\")", "exists Finding(behaviour == Behaviour.$param) $o : Outcome()",
                "$o.recommend(ActionType.$param);"},
            {"Rule name", "id", "source", "behaviour", "action"},
            {"拘束: 時間の区切りを告げる", "ORG-XL-1", "MHLW-2022 p.26", "CONFINEMENT", "ANNOUNCE_TIME_LIMIT"},
        };
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = book.createSheet("rules");
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            book.write(out);
        }
    }

    @Test
    public void anXlsxDecisionTableIsCheckedAndDecides(@TempDir Path rules) throws IOException {
        writeXlsx(RuleSetCopies.copyDefaults(rules).resolve("verdict/organisation.drl.xlsx"));

        CliRun check = CliRun.of("rules", "check", "--lang", "en", rules.toString());
        CliRun triage = CliRun.of("triage", "--json", "--rules", rules.toString(),
                CASES.resolve("harassment-74-minute-call.json").toString());

        assertThat(check.exit()).as(check.err()).isZero();
        assertThat(check.err()).doesNotContain("Log4j", "logging provider");
        assertThat(triage.exit()).as(triage.err()).isZero();
        assertThat(triage.out()).contains("\"rule\":\"ORG-XL-1\"", "ANNOUNCE_TIME_LIMIT");
    }

    @Test
    public void aShiftJisLexiconIsOneClearErrorInTheChosenLanguage(@TempDir Path rules) throws IOException {
        Path lexicon = RuleSetCopies.copyDefaults(rules).resolve("lexicons/org.tsv");
        Files.write(lexicon, ("term\tcategory\tlanguage\texample\tnote\nポンコツ\tINSULT\tja\tこのポンコツが\t"
                + "MHLW-2022 §B-1\n").getBytes(Charset.forName("Windows-31J")));

        CliRun ja = CliRun.of("rules", "check", "--lang", "ja", rules.toString());
        CliRun en = CliRun.of("rules", "check", "--lang", "en", rules.toString());

        assertThat(ja.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(ja.err()).contains(lexicon + ":2: ", "UTF-8 で保存し直してください").contains("ルールセットに1件の問題があります");
        assertThat(en.err()).contains(lexicon + ":2: ", "save it as UTF-8");
    }
}
