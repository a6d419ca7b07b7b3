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
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.kasuhara.engine.RuleSetException;
import org.kasuhara.engine.TriageEngine;
import org.kasuhara.mail.Acknowledgements;
import org.kasuhara.mail.EvidenceStore;
import org.kasuhara.mail.MailIntake;
import org.kasuhara.mail.MailIntakeResult;
import org.kasuhara.mail.MailParser;
import org.kasuhara.mail.MailParserOptions;
import org.kasuhara.mail.MailSender;
import org.kasuhara.mail.MailSettings;
import org.kasuhara.mail.MailboxException;
import org.kasuhara.mail.MailboxWatcher;
import org.kasuhara.mail.WatcherListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kasuhara mail watch}: polls an IMAP inbox, stores and assesses every message, acknowledges it, and moves it
 * to Processed, Rejected or Failed. Settings from {@code --config FILE} and the environment (the environment wins;
 * give the password there). Runs until interrupted, or polls once with {@code --once}.
 */
@Command(name = "watch", mixinStandardHelpOptions = true, versionProvider = CliVersion.class, sortOptions = false,
        description = {
            "IMAP メールボックスを監視し、届いたメールを保存・判定・自動返信して Processed / Rejected / Failed に移します。",
            "設定は --config のファイル（.properties または .yaml）と環境変数（KASUHARA_MAIL_IMAP_PASSWORD など、優先）。",
            "Watches an IMAP mailbox: stores, assesses and acknowledges each message and moves it to Processed,",
            "Rejected or Failed. Settings from --config (.properties or .yaml) and the environment (which wins)."},
        exitCodeListHeading = "%n終了コード / Exit codes:%n",
        exitCodeList = {
            "0:終了しました / stopped",
            "1:メールサーバーまたはデータベースを使えない / mail server or database unavailable",
            "2:設定またはルールセットのエラー / settings or rule-set error"})
public final class MailWatchCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private CaseStoreOption storeOption;

    @Mixin
    private MailOptions mailOptions;

    @Mixin
    private LanguageOption language;

    @Option(names = "--config", paramLabel = "FILE", description = {
        "設定ファイル（kasuhara.mail.* のキー、.properties または .yaml）。",
        "Settings file (kasuhara.mail.* keys, .properties or .yaml)."})
    private Path config;

    @Option(names = "--once", description = {
        "1 回だけ受信して終了します（cron やテスト向け）。", "Poll once and exit (for cron or tests)."})
    private boolean once;


    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Labels labels = language.labels();
        MailSettings settings;
        TriageEngine engine;
        try {
            settings = MailConfigFile.settings(config, System.getenv());
            settings.imapHost();
            settings.imapUser();
            settings.imapPassword();
            engine = TriageEngine.builder().ruleSet(RuleSetLoader.compile(mailOptions.rules())).build();
        } catch (IOException | IllegalStateException e) {
            err.println(labels.of("設定エラー", "settings error") + ": " + e.getMessage());
            return ExitCodes.INVALID_INPUT;
        } catch (RuleSetException e) {
            RuleSetLoader.report(mailOptions.rules(), e.problems(), err, labels);
            return ExitCodes.INVALID_INPUT;
        }
        Path evidence = settings.evidenceDirectory() != null && mailOptions.evidenceOption() == null
                ? settings.evidenceDirectory() : mailOptions.evidence(storeOption.directory());
        String organization = mailOptions.organization() != null ? mailOptions.organization()
                : settings.organization();
        MailParser parser = MailParser.create(MailParserOptions.defaults().withOrganization(organization)
                .withAnonymityRequestsHonoured(settings.honourAnonymityRequests())
                .withEvidenceStore(EvidenceStore.directory(evidence)));
        return storeOption.run(err, labels, store -> {
            MailIntake intake;
            if (settings.acknowledge() && settings.smtpHost() != null) {
                Acknowledgements templates = settings.templatesDirectory() == null ? Acknowledgements.defaults()
                        : Acknowledgements.directory(settings.templatesDirectory());
                intake = MailIntake.replying(store, engine, parser, MailSender.create(settings), templates,
                        storeOption.directory().resolve("mail-acknowledged"));
            } else {
                intake = MailIntake.offline(store, engine, parser);
            }
            WatcherListener printer = new WatcherListener() {
                @Override
                public void stored(MailIntakeResult result) {
                    MailResultPrinter.print(result, out, labels);
                }
            };
            try (MailboxWatcher watcher = MailboxWatcher.create(settings, intake, printer)) {
                if (once) {
                    watcher.pollOnce();
                    return ExitCodes.OK;
                }
                Thread main = Thread.currentThread();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    watcher.stop();
                    try {
                        main.join(10_000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }));
                err.println(labels.of("監視を開始しました（Ctrl-C で終了）", "watching (Ctrl-C to stop)") + ": "
                        + settings.inboxFolder() + ", " + settings.pollInterval());
                err.flush();
                watcher.run();
                return ExitCodes.OK;
            } catch (MailboxException e) {
                err.println(labels.of("メールサーバーを使えません", "the mail server is unavailable") + ": "
                        + e.getMessage());
                return ExitCodes.INTERNAL_ERROR;
            }
        });
    }
}
