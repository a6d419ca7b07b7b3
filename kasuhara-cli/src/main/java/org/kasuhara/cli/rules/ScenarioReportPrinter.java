// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cli.rules;

import org.kasuhara.cli.io.Labels;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kasuhara.engine.RuleInfo;
import org.kasuhara.engine.RuleSet;
import org.kasuhara.model.Assessment;
import org.kasuhara.model.Finding;
import org.kasuhara.testkit.scenario.Coverage;
import org.kasuhara.testkit.scenario.Difference;
import org.kasuhara.testkit.scenario.ScenarioResult;

/**
 * Prints the outcome of {@code rules test}: one {@code PASS}/{@code FAIL}/{@code ERROR} line per scenario with
 * its file and line, the differences of a failure in plain words, the rules no scenario exercises, a summary.
 */
public final class ScenarioReportPrinter {
    private static final String INDENT = "      ";
    private final PrintWriter out;
    private final Labels labels;
    private final Map<String, RuleInfo> rules;
    private final Path directory;

    /**
     * @param out       standard output
     * @param labels    the language
     * @param ruleSet   the rule set under test, for rule names
     * @param directory its folder as given, so rule files print as paths an editor opens
     */
    public ScenarioReportPrinter(PrintWriter out, Labels labels, RuleSet ruleSet, Path directory) {
        this.out = out;
        this.labels = labels;
        this.rules = ruleSet.rules().stream().collect(Collectors.toMap(RuleInfo::id, Function.identity(),
                (a, b) -> a));
        this.directory = directory;
    }

    public void results(List<ScenarioResult> results) {
        for (ScenarioResult result : results) {
            String marker = result.passed() ? "PASS " : result.errored() ? "ERROR" : "FAIL ";
            out.println(marker + " " + result.file() + ":" + result.scenario().line() + "  "
                    + result.scenario().name());
            if (result.errored()) {
                out.println(INDENT + labels.of("判定できませんでした", "could not be assessed") + ": "
                        + result.error());
            } else if (!result.passed()) {
                result.differences().forEach(d -> out.println(INDENT + difference(d, result.assessment())));
                out.println(INDENT + actual(result.assessment()));
            }
        }
    }

    public void coverage(Coverage coverage) {
        out.println();
        String ratio = coverage.exercisedCount() + "/" + coverage.rules().size();
        out.println(labels.of("カバレッジ", "Coverage") + ": "
                + labels.of("ルール" + ratio + "件を実行", ratio + " rules exercised"));
        if (coverage.complete()) {
            return;
        }
        out.println(labels.of("どのシナリオでも発火しないルール", "Rules no scenario exercises") + ":");
        for (RuleInfo rule : coverage.unexercised()) {
            out.println("  " + rule.id() + "  " + directory.resolve(rule.file()) + ":" + rule.line() + "  "
                    + rule.name());
        }
    }

    public void summary(List<ScenarioResult> results, int files, int problems) {
        long passed = results.stream().filter(ScenarioResult::passed).count();
        long errors = results.stream().filter(ScenarioResult::errored).count();
        long failed = results.size() - passed - errors;
        out.println();
        out.println(labels.of("シナリオ" + results.size() + "件（" + files + "ファイル）: 成功 " + passed + "、失敗 "
                        + failed + "、エラー " + errors + "、読み込めない問題 " + problems,
                results.size() + " scenario(s) in " + files + " file(s): " + passed + " passed, " + failed
                        + " failed, " + errors + " errors, " + problems + " problem(s) reading scenarios"));
        out.flush();
    }

    private String difference(Difference d, Assessment actual) {
        String field = d.field();
        return switch (d.kind()) {
            case VALUE -> field + ": " + labels.of("期待 " + d.expected() + "、実際 " + d.actual(),
                    "expected " + d.expected() + ", got " + d.actual());
            case MISSING -> switch (field) {
                case "findings" -> labels.of("期待した所見がありません", "missing finding") + ": " + rule(d.expected());
                case "fired" -> labels.of("発火しませんでした", "did not fire") + ": " + rule(d.expected());
                default -> labels.of("推奨されていない対応", "action not recommended") + ": " + d.expected();
            };
            case UNEXPECTED -> switch (field) {
                case "findings" -> labels.of("想定外の所見", "unexpected finding") + ": " + evidence(d.actual(), actual);
                case "absent" -> labels.of("出てはいけない所見", "finding that must be absent") + ": "
                        + evidence(d.actual(), actual);
                default -> labels.of("推奨されてはいけない対応", "action that must not be recommended") + ": "
                        + d.actual();
            };
        };
    }

    private String rule(String id) {
        RuleInfo info = rules.get(id);
        return info == null ? id : id + " (" + info.name() + ")";
    }

    private String evidence(String id, Assessment actual) {
        String evidence = actual.findings().stream().filter(f -> f.rule().equals(id)).map(Finding::evidence)
                .collect(Collectors.joining("; "));
        return rule(id) + (evidence.isEmpty() ? "" : " — " + labels.of("証拠", "evidence") + ": " + evidence);
    }

    private String actual(Assessment a) {
        return labels.of("実際", "actual") + ": verdict " + a.verdict() + ", severity " + a.severity() + ", police "
                + a.policeReport() + ", accepted " + a.accepted() + ", findings "
                + a.findings().stream().map(Finding::rule).distinct().toList();
    }
}
