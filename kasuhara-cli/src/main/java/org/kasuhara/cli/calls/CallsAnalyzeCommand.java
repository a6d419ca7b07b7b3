// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cli.calls;

import org.kasuhara.cli.CliVersion;
import org.kasuhara.cli.ExitCodes;
import org.kasuhara.cli.io.Labels;
import org.kasuhara.cli.io.LanguageOption;
import org.kasuhara.cli.io.ProgressBar;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.kasuhara.calls.batch.AnalysisSummary;
import org.kasuhara.calls.batch.CallRecordAnalysis;
import org.kasuhara.calls.batch.RecordMapping;
import org.kasuhara.calls.batch.SampleMappings;
import org.kasuhara.engine.RuleFile;
import org.kasuhara.engine.RuleSource;
import org.kasuhara.policy.Policies;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kasuhara calls analyze FILE}: batch analysis of call-detail records. */
@Command(name = "analyze", mixinStandardHelpOptions = true, versionProvider = CliVersion.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = {
            "通話記録（CSV、JSON Lines または JSON）を分析し、長時間の通話、同一案件の繰り返し、時間外の繰り返しを",
            "発信者ごとに出力します（findings.jsonl、表計算ソフト用の findings.csv、matters.jsonl、confinement.jsonl、",
            "summary.json、report.html）。",
            "ファイルは少しずつ読み、メモリは繰り返しの期間内の発信者の分だけ使います。発信者は既定で仮名にします。",
            "Analyses call-detail records (CSV, JSON Lines or JSON) for long calls, repeat calls on one matter and",
            "off-hours patterns, per caller, into findings.jsonl, findings.csv (for spreadsheets), matters.jsonl,",
            "confinement.jsonl, summary.json and report.html. The file is streamed; memory holds only callers active within the repeat window. Callers are",
            "pseudonymised unless --reveal-callers."},
        exitCodeListHeading = "%n終了コード / Exit codes:%n",
        exitCodeList = {
            "0:分析しました（不正な行があっても 0）/ analysed (even with malformed rows)",
            "1:内部エラー / internal error",
            "2:読めないファイル、対応表やポリシーのエラー / unreadable file, mapping or policy error"})
public final class CallsAnalyzeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--mapping", paramLabel = "YAML|NAME", description = {
        "列の対応表（発信者・案件・開始・終了または通話時間・組織、日時の書式、タイムゾーン）。JSON Lines では",
        "/CustomerEndpoint/Address のような JSON Pointer も使えます。同梱の対応表は名前で: amazon-connect-ctr、",
        "twilio-status-callback、genesys-cloud-conversations、salesforce-voicecall。",
        "The column mapping (caller, matter, start, end or duration, organisation; date format; zone); JSON Pointers",
        "such as /CustomerEndpoint/Address for JSON Lines. A shipped mapping by name: amazon-connect-ctr,",
        "twilio-status-callback, genesys-cloud-conversations, salesforce-voicecall."})
    private Path mapping;

    @Option(names = "--format", paramLabel = "csv|jsonl|json", description = {
        "入力の形式（既定: 拡張子から。.jsonl は JSON Lines、.json は JSON（記録の配列、または記録を続けて並べたもの）、",
        "それ以外は CSV）。",
        "The input's format (default: from the extension; .jsonl is JSON Lines, .json JSON (an array of records, or",
        "records one after another), anything else CSV)."})
    private String format;

    @Option(names = "--rules", paramLabel = "DIR", description = {
        "閾値を読むルールセットのフォルダ（policy.yaml）。既定は標準ルール。",
        "The rule set whose policy.yaml gives the thresholds (default: the default rules)."})
    private Path rules;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = {
        "出力フォルダ（既定: calls-report）。", "The output folder (default: calls-report)."})
    private Path out = Path.of("calls-report");

    @Option(names = "--reveal-callers", description = {
        "発信者を仮名にせず、そのまま出力します（個人情報です）。",
        "Write callers as given instead of pseudonyms (personal data)."})
    private boolean reveal;

    @Option(names = "--key-file", paramLabel = "FILE", description = {
        "仮名化の鍵（16 バイト以上）。実行をまたいで同じ仮名にするときに。既定は実行ごとの乱数。",
        "The pseudonymisation key (16 bytes or more), for the same pseudonyms across runs (default: random per run)."})
    private Path keyFile;

    @Option(names = "--progress", negatable = true, description = {
        "標準エラーに進捗を表示します（既定では端末のときだけ）。",
        "Show progress on standard error (by default only when it is a terminal)."})
    private Boolean progress;

    @Mixin
    private LanguageOption language;

    @Parameters(index = "0", paramLabel = "FILE", description = {"通話記録のファイル。", "The call-detail records."})
    private Path file;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Labels labels = language.labels();
        CallRecordAnalysis.Options options;
        long size;
        try {
            size = Files.size(file);
            options = new CallRecordAnalysis.Options(policies(), mapping(), format(), reveal, keyFile == null ? null : Files.readAllBytes(keyFile),
                    20, 500_000);
        } catch (IOException | UncheckedIOException e) {
            err.println(labels.of("読めません: ", "cannot read: ") + e.getMessage());
            return ExitCodes.INVALID_INPUT;
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return ExitCodes.INVALID_INPUT;
        }
        boolean show = progress != null ? progress : ProgressBar.stderrIsTerminal();
        ProgressBar bar = show ? new ProgressBar(err, labels, size, new String[] {"件", "record", "records"}, true)
                : null;
        AnalysisSummary summary;
        try {
            summary = CallRecordAnalysis.run(file, options, this.out, bar == null ? null : bar::update);
        } catch (IllegalArgumentException e) {
            err.println(file + ": " + e.getMessage());
            return ExitCodes.INVALID_INPUT;
        } catch (UncheckedIOException e) {
            err.println(labels.of("読み書きできません: ", "cannot read or write: ") + e.getMessage());
            return ExitCodes.INVALID_INPUT;
        }
        if (bar != null) {
            bar.finish();
        }
        print(summary, out, err, labels);
        return ExitCodes.OK;
    }

    /** A mapping file, or the name of a shipped mapping when no such file exists. */
    private RecordMapping mapping() {
        if (mapping == null) {
            return RecordMapping.defaults();
        }
        if (!Files.exists(mapping) && SampleMappings.NAMES.contains(mapping.toString())) {
            return SampleMappings.load(mapping.toString());
        }
        return RecordMapping.load(mapping);
    }

    private CallRecordAnalysis.Format format() {
        String name = file.toString();
        String f = format != null ? format : name.endsWith(".jsonl") ? "jsonl" : name.endsWith(".json") ? "json" : "csv";
        return switch (f) {
            case "csv" -> CallRecordAnalysis.Format.CSV;
            case "jsonl" -> CallRecordAnalysis.Format.JSON_LINES;
            case "json" -> CallRecordAnalysis.Format.JSON;
            default -> throw new IllegalArgumentException("--format: expected csv, jsonl or json, was " + f);
        };
    }

    private Policies policies() throws IOException {
        if (rules != null) {
            return Policies.load(rules.resolve("policy.yaml"));
        }
        for (RuleFile f : RuleSource.defaults().files()) {
            if (f.path().equals("policy.yaml")) {
                return Policies.parse(new StringReader(f.text()),
                        "classpath:policy.yaml");
            }
        }
        return Policies.defaults();
    }

    private void print(AnalysisSummary s, PrintWriter out, PrintWriter err, Labels labels) {
        for (AnalysisSummary.MalformedRecord m : s.malformedSamples()) {
            err.println(file + ":" + m.line() + ": " + m.problem());
        }
        if (s.malformed() > s.malformedSamples().size()) {
            err.println(labels.of("ほか " + (s.malformed() - s.malformedSamples().size()) + " 行",
                    "and " + (s.malformed() - s.malformedSamples().size()) + " more row(s)"));
        }
        out.printf("%s: %,d%n", labels.of("記録", "records"), s.records());
        out.printf("%s: %,d%n", labels.of("不正な行", "malformed rows"), s.malformed());
        out.printf("%s: %,d%n", labels.of("長時間の通話", "confinement calls"), s.confinementCalls());
        out.printf("%s: %,d%n", labels.of("同一案件の繰り返し", "repeat caller-matter pairs"), s.repeatMatters());
        out.printf("%s: %,d%n", labels.of("時間外の繰り返し", "off-hours patterns"), s.offHoursPatterns());
        out.printf("%s: %,d%n", labels.of("所見のある発信者", "callers with findings"), s.callersWithFindings());
        if (s.externallySorted()) {
            out.println(labels.of("入力が時刻順でなかったため、並べ替えてから分析しました。",
                    "The input was not in time order; it was sorted on disk first."));
        }
        out.println(labels.of("出力", "written to") + ": " + this.out.resolve("report.html"));
    }
}
