// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cli.mail;

import org.kasuhara.cli.CliVersion;
import org.kasuhara.cli.ExitCodes;
import org.kasuhara.cli.cases.CaseStoreOption;
import org.kasuhara.cli.io.Labels;
import org.kasuhara.cli.io.LanguageOption;
import org.kasuhara.cli.io.RuleSetLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.kasuhara.engine.RuleSet;
import org.kasuhara.engine.TriageEngine;
import org.kasuhara.mail.EvidenceStore;
import org.kasuhara.mail.MailIntake;
import org.kasuhara.mail.MailParser;
import org.kasuhara.mail.MailParserOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kasuhara mail ingest FILE.eml…}: takes saved messages in offline (no server, no replies): each is stored
 * with its evidence, assessed, and its receipt printed. The same message again gets its original receipt.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true, versionProvider = CliVersion.class, sortOptions = false,
        description = {
            "保存されたメール（.eml）を取り込み、保存・判定して受付番号を表示します（オフライン、返信なし）。",
            "Takes saved messages (.eml) in offline: stores, assesses and prints receipts (no server, no replies)."},
        exitCodeListHeading = "%n終了コード / Exit codes:%n",
        exitCodeList = {
            "0:すべて受け付けました / every message stored",
            "1:内部エラー、データベースを使えない / internal error, database unavailable",
            "2:読めないファイル、ルールセットのエラー / unreadable file, rule-set error"})
public final class MailIngestCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private CaseStoreOption storeOption;

    @Mixin
    private MailOptions mailOptions;

    @Mixin
    private LanguageOption language;

    @Parameters(arity = "1..*", paramLabel = "FILE.eml", description = {
        "メールのファイル（RFC 5322 形式、.eml）。", "Message files (RFC 5322, .eml)."})
    private List<Path> files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Labels labels = language.labels();
        RuleSet ruleSet = RuleSetLoader.compileOrReport(mailOptions.rules(), err, labels);
        if (ruleSet == null) {
            return ExitCodes.INVALID_INPUT;
        }
        TriageEngine engine = TriageEngine.builder().ruleSet(ruleSet).build();
        Path evidence = mailOptions.evidence(storeOption.directory());
        MailParser parser = MailParser.create(MailParserOptions.defaults()
                .withOrganization(mailOptions.organization())
                .withEvidenceStore(EvidenceStore.directory(evidence)));
        return storeOption.run(err, labels, store -> {
            MailIntake intake = MailIntake.offline(store, engine, parser);
            intake.recover();
            int unreadable = 0;
            for (Path file : files) {
                byte[] raw;
                try {
                    raw = Files.readAllBytes(file);
                } catch (IOException e) {
                    err.println(labels.of("読めないファイル", "cannot read") + ": " + file);
                    unreadable++;
                    continue;
                }
                try {
                    MailResultPrinter.print(intake.ingest(raw, Files.getLastModifiedTime(file).toInstant()), out,
                            labels);
                } catch (IOException | UncheckedIOException e) {
                    err.println(labels.of("証拠を保存できません", "cannot store the evidence") + " (" + evidence
                            + "): " + e.getClass().getSimpleName());
                    return ExitCodes.INTERNAL_ERROR;
                }
            }
            return unreadable == 0 ? ExitCodes.OK : ExitCodes.INVALID_INPUT;
        });
    }
}
