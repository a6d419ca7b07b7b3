// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.engine.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.drools.template.parser.DecisionTableParseException;
import org.kasuhara.engine.RuleFile;
import org.kasuhara.engine.RuleProblem;

/**
 * Turns spreadsheet decision tables ({@code .drl.csv}; {@code .drl.xlsx} when Apache POI is on the classpath)
 * into DRL, and maps lines of the generated DRL back to the table's rows, so that every error and every rule
 * names the row a compliance officer edits. Each table row is a rule; the generated DRL marks it with a
 * {@code // rule values at A12} comment, which is how lines are mapped.
 */
final class DecisionTables {
    private static final Pattern ROW_MARK = Pattern.compile("(?m)^// rule values at [A-Z]+(\\d+)");
    private static final Pattern CELL = Pattern.compile("\\b(?:cell |at )([A-Z]+)(\\d+)\\b");
    private static final String POI = "org.apache.poi.ss.usermodel.WorkbookFactory";

    /** Generated-DRL line → row, for each table file. */
    private final Map<String, int[]> rows = new HashMap<>();
    private final List<RuleFile> files = new ArrayList<>();

    private DecisionTables() {
    }

    /**
     * Replaces every decision table by its generated DRL, under the same path; a table that does not parse is
     * reported and left out.
     */
    static DecisionTables expand(List<RuleFile> files, List<RuleProblem> problems) {
        DecisionTables tables = new DecisionTables();
        for (RuleFile file : files) {
            if (RuleFileKinds.isDecisionTable(file.path())) {
                tables.add(file, problems);
            } else {
                tables.files.add(file);
            }
        }
        return tables;
    }

    private void add(RuleFile table, List<RuleProblem> problems) {
        boolean xlsx = table.path().endsWith(".xlsx");
        if (xlsx && !poiPresent()) {
            problems.add(new Bilingual(".drl.xlsx の決定表には Apache POI（org.apache.poi:poi-ooxml）が必要です。"
                    + "追加するか、表を .drl.csv で保存してください", "a .drl.xlsx decision table needs Apache POI"
                    + " (org.apache.poi:poi-ooxml) on the classpath; add it, or save the table as .drl.csv")
                    .at(table.path(), 0, null));
            return;
        }
        String drl;
        try {
            drl = new SpreadsheetCompiler().compile(new ByteArrayInputStream(table.content()),
                    xlsx ? InputType.XLS : InputType.CSV);
        } catch (DecisionTableParseException | IllegalArgumentException | IllegalStateException e) {
            problems.add(parseProblem(table.path(), e));
            return;
        }
        files.add(new RuleFile(table.path(), drl.getBytes(StandardCharsets.UTF_8)));
        rows.put(table.path(), rowsByLine(drl));
    }

    private static boolean poiPresent() {
        try {
            Class.forName(POI, false, DecisionTables.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /** Drools names the cell ({@code cell A8}): its row is the line of a CSV file. */
    private static RuleProblem parseProblem(String path, RuntimeException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
        Matcher cell = CELL.matcher(message);
        int row = cell.find() ? Integer.parseInt(cell.group(2)) : 0;
        return new RuleProblem(path, row, null, "decision table: " + message, "決定表のエラー: " + message);
    }

    private static int[] rowsByLine(String drl) {
        int lines = (int) drl.lines().count();
        int[] byLine = new int[lines + 2];
        Matcher mark = ROW_MARK.matcher(drl);
        int current = 0;
        int line = 1;
        int offset = 0;
        while (mark.find()) {
            for (; offset < mark.start(); offset++) {
                if (drl.charAt(offset) == '\n') {
                    byLine[line++] = current;
                }
            }
            current = Integer.parseInt(mark.group(1));
        }
        for (; line < byLine.length; line++) {
            byLine[line] = current;
        }
        return byLine;
    }

    /** @return every file, with decision tables as generated DRL */
    List<RuleFile> files() {
        return files;
    }

    /** @return the problem, its line turned into a table row when it is in a decision table */
    RuleProblem toRows(RuleProblem problem) {
        int[] byLine = rows.get(problem.file());
        return byLine == null ? problem
                : new RuleProblem(problem.file(), row(byLine, problem.line()), problem.rule(), problem.message(),
                        problem.messageJa());
    }

    /** @return the line a person edits: the table's row for a decision table, else {@code line} itself */
    int map(String file, int line) {
        int[] byLine = rows.get(file);
        return byLine == null ? line : row(byLine, line);
    }

    private static int row(int[] byLine, int line) {
        return line > 0 && line < byLine.length ? byLine[line] : 0;
    }
}
