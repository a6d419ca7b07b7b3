// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cli.serve;

import org.kasuhara.cli.CliVersion;
import org.kasuhara.cli.ExitCodes;
import org.kasuhara.cli.cases.CaseStoreOption;
import org.kasuhara.cli.io.Labels;
import org.kasuhara.cli.io.LanguageOption;
import org.kasuhara.cli.io.RuleSetLoader;
import org.kasuhara.cli.triage.ReloadNotices;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.kasuhara.engine.ReloadingTriageEngine;
import org.kasuhara.engine.RuleSetException;
import org.kasuhara.engine.RuleSource;
import org.kasuhara.engine.TriageEngine;
import org.kasuhara.cases.store.CaseIntake;
import org.kasuhara.cases.store.CaseStore;
import org.kasuhara.web.AccessKeys;
import org.kasuhara.web.KasuharaServer;
import org.kasuhara.web.KasuharaWeb;
import org.kasuhara.web.Organisation;
import org.kasuhara.web.Organisations;
import org.kasuhara.web.WebSettings;
import org.kasuhara.cases.webhooks.WebhookConfig;
import org.kasuhara.cases.webhooks.WebhookDispatcher;
import org.kasuhara.cases.webhooks.spi.WebhookOutbox;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kasuhara serve}: the reception form, the JSON API, the staff dashboard and the leaflet on Jetty, with the
 * embedded H2 store in {@code --data DIR} or the database of {@code --jdbc-url}. Without configured keys it makes new
 * ones for this run and prints them. Every setting can also come from a {@code KASUHARA_*} variable
 * ({@link EnvironmentSettings}).
 */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = CliVersion.class, sortOptions = false,
        description = {"受付フォーム・JSON API・スタッフ用ダッシュボード・リーフレットを配信します（既定: http://127.0.0.1:8080/）。",
            "Serves the reception form, the JSON API, the staff dashboard and the leaflet (default http://127.0.0.1:8080/).",
            "キーを設定しなければ、この実行用のキーを作って表示します。/ Without configured keys it makes and prints keys for this run."})
public final class ServeCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private CaseStoreOption storeOption;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "${KASUHARA_PORT}", description = {
        "待ち受けるポート（既定 8080、0 = 空いているポート。環境変数 KASUHARA_PORT）。",
        "Port to listen on (default 8080; 0 = any free port; KASUHARA_PORT)."})
    private Integer port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "${KASUHARA_BIND}", description = {
        "待ち受けるアドレス（既定 127.0.0.1 = このマシンだけ。KASUHARA_BIND）。",
        "Address to bind (default 127.0.0.1: this machine only; KASUHARA_BIND)."})
    private String bind;

    @Option(names = "--rules", paramLabel = "DIR", defaultValue = "${KASUHARA_RULES}", description = {
        "ルールのフォルダ。変更は再起動なしで反映されます。省略時は KASUHARA_RULES、それもなければ標準ルール。",
        "Rule folder, reloaded on change without a restart; KASUHARA_RULES, else the default rules when absent."})
    private Path rules;

    @Option(names = "--organisations", paramLabel = "FILE", defaultValue = "${KASUHARA_ORGANISATIONS}", description = {
        "組織と店舗の一覧（YAML。KASUHARA_ORGANISATIONS）。省略時はデモ用の一覧。",
        "Organisations and their sites (YAML; KASUHARA_ORGANISATIONS); a demonstration list when absent."})
    private Path organisations;

    @Option(names = "--config", paramLabel = "FILE", defaultValue = "${KASUHARA_CONFIG}", description = {
        "設定ファイル（kasuhara.web.* のプロパティ。キーはハッシュで。KASUHARA_CONFIG）。各設定は環境変数でも"
            + "指定できます（例 rateLimit.perMinute → KASUHARA_RATE_LIMIT_PER_MINUTE）。",
        "Settings file (kasuhara.web.* properties; keys as hashes; KASUHARA_CONFIG). Each setting can also be a "
            + "variable (e.g. rateLimit.perMinute → KASUHARA_RATE_LIMIT_PER_MINUTE)."})
    private Path config;

    @Option(names = "--call-monitor", defaultValue = "${KASUHARA_CALL_MONITOR:-false}", description = {
        "ライブの通話モニターを動かし、POST /api/v1/call-events（スタッフ用キー）で通話イベントを受けます。アラートは"
            + "ここに表示し、--call-alerts-webhook があればそこへ送ります（KASUHARA_CALL_MONITOR）。",
        "Run the live call monitor, fed by POST /api/v1/call-events (staff key); alerts are printed here and posted "
            + "to --call-alerts-webhook when given (KASUHARA_CALL_MONITOR)."})
    private boolean callMonitor;

    @Option(names = "--call-alerts-webhook", paramLabel = "URL", defaultValue = "${KASUHARA_CALL_ALERTS_WEBHOOK}",
        description = {"通話アラートを JSON で POST する先（再送あり。KASUHARA_CALL_ALERTS_WEBHOOK）。",
            "Where call alerts are POSTed as JSON, with retries (KASUHARA_CALL_ALERTS_WEBHOOK)."})
    private java.net.URI callAlertsWebhook;

    @Option(names = "--call-mapping", paramLabel = "FILE|PLATFORM", defaultValue = "${KASUHARA_CALL_MAPPING}",
        description = {"POST /api/v1/call-events で、終わった通話の記録をこの形式で受けます: amazon-connect・twilio・genesys・"
            + "salesforce、またはマッピングファイル（--call-monitor と一緒に。KASUHARA_CALL_MAPPING）。",
            "Take platform records of finished calls at POST /api/v1/call-events: amazon-connect, twilio, genesys, "
            + "salesforce, or a mapping file (with --call-monitor; KASUHARA_CALL_MAPPING)."})
    private String callMapping;
    @Option(names = "--webhook-url", paramLabel = "URL", defaultValue = "${KASUHARA_WEBHOOKS_URL}", description = {
        "案件の状態の変化を署名つきで送る URL（Standard Webhooks。複数はカンマ区切り。KASUHARA_WEBHOOKS_URL）。秘密鍵は"
            + " KASUHARA_WEBHOOKS_SECRET か設定ファイルの kasuhara.webhooks.secret（whsec_…）。",
        "URL(s) to send signed case lifecycle events to (Standard Webhooks; comma-separated; KASUHARA_WEBHOOKS_URL). "
            + "The secret comes from KASUHARA_WEBHOOKS_SECRET or kasuhara.webhooks.secret in the settings file."})
    private String webhookUrl;

    @Option(names = "--webhook-events", paramLabel = "TYPES", defaultValue = "${KASUHARA_WEBHOOKS_EVENTS}",
        description = {"送るイベント（例 case.assessed,case.due。省略時はすべて。KASUHARA_WEBHOOKS_EVENTS）。",
            "Events to send (e.g. case.assessed,case.due; all when absent; KASUHARA_WEBHOOKS_EVENTS)."})
    private String webhookEvents;

    @Mixin
    private LanguageOption language;

    @Override
    public Integer call() {
        Labels labels = language.labels();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Properties settings = settings();
        ServeMetrics metrics = new ServeMetrics();
        TriageEngine engine;
        try {
            engine = metrics.instrument(rules == null ? TriageEngine.builder().build()
                    : TriageEngine.builder().rules(RuleSource.directory(rules)).buildWatching());
        } catch (RuleSetException e) {
            RuleSetLoader.report(rules, e.problems(), err, labels);
            return ExitCodes.INVALID_INPUT;
        } catch (UncheckedIOException e) {
            RuleSetLoader.reportUnreadable(rules, e, err, labels);
            return ExitCodes.INVALID_INPUT;
        }
        if (engine instanceof ReloadingTriageEngine reloading) {
            reloading.subscribe(new ReloadNotices(rules, err, labels));
        }
        org.kasuhara.calls.batch.RecordMapping mapping = null;
        if (callMapping != null && !callMapping.isBlank()) {
            if (!callMonitor) {
                err.println(labels.of("--call-mapping は --call-monitor と一緒に指定してください",
                        "--call-mapping needs --call-monitor"));
                return ExitCodes.INVALID_INPUT;
            }
            try {
                mapping = CallMappings.resolve(callMapping);
            } catch (IllegalArgumentException | UncheckedIOException e) {
                err.println(labels.of("通話の記録のマッピングを使えません: ", "cannot use the call mapping: ")
                        + e.getMessage());
                return ExitCodes.INVALID_INPUT;
            }
        }
        CallMonitoring calls = null;
        try {
            if (callMonitor) {
                try {
                    calls = new CallMonitoring(engine, callAlertsWebhook, mapping != null, out, labels);
                } catch (IllegalStateException e) {
                    err.println(labels.of("通話モニターを始められません: ", "cannot start the call monitor: ")
                            + e.getMessage());
                    return ExitCodes.INVALID_INPUT;
                }
            }
            CallMonitoring monitoring = calls;
            org.kasuhara.calls.batch.RecordMapping records = mapping;
            return storeOption.run(err, labels, store -> serve(store, engine, settings, metrics, monitoring, records,
                    out, labels));
        } finally {
            if (calls != null) {
                calls.close();
            }
            if (engine instanceof ReloadingTriageEngine reloading) {
                reloading.close();
            }
        }
    }

    private int serve(CaseStore store, TriageEngine engine, Properties properties, ServeMetrics metrics,
            CallMonitoring calls, org.kasuhara.calls.batch.RecordMapping mapping, PrintWriter out, Labels labels) {
        int pending = new CaseIntake(store, engine).assessPending();
        WebSettings settings = WebSettings.of(properties);
        Organisations orgs = settings.organisationsFile() == null ? Organisations.demo()
                : Organisations.read(settings.organisationsFile());
        EnvironmentSettings.system().apply(orgs.all().stream().map(o -> "apiKey." + o.id()).toList(), properties);
        if (settings.staffKeyHashes().isEmpty()) {
            String staff = AccessKeys.generate();
            properties.setProperty(WebSettings.PREFIX + "staffKey", AccessKeys.hash(staff));
            out.println(labels.of("スタッフ用キー（この実行のみ）", "staff key (this run only)") + ": " + staff);
            for (Organisation o : orgs.all()) {
                String key = AccessKeys.generate();
                properties.setProperty(WebSettings.PREFIX + "apiKey." + o.id(), AccessKeys.hash(key));
                out.println(labels.of("API キー", "API key") + " " + o.id() + ": " + key);
            }
        }
        metrics.bind(store, settings.zone());
        WebhookConfig hooks = ServeWebhooks.config(properties, name -> System.getProperty(name, System.getenv(name)),
                webhookUrl, webhookEvents);
        WebhookOutbox outbox = hooks.endpoints().isEmpty() ? null : ServeWebhooks.outbox(store);
        KasuharaWeb.Builder builder = KasuharaWeb.builder().store(store).engine(engine).settings(settings)
                .organisations(orgs).metrics(metrics);
        if (calls != null) {
            builder.callMonitor(calls.monitor());
        }
        if (mapping != null) {
            builder.callRecords(org.kasuhara.calls.batch.JsonRecordMapper.of(mapping).asEvents());
        }
        if (outbox != null) {
            builder.webhooks(outbox);
        }
        KasuharaWeb web = builder.build();
        try (KasuharaServer server = KasuharaServer.start(web);
             WebhookDispatcher dispatcher = outbox == null ? null : WebhookDispatcher.start(store, outbox, hooks)) {
            Thread hook = new Thread(server::close, "kasuhara-serve-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            if (pending > 0) {
                out.println(labels.of("未判定の案件を判定しました", "assessed cases left unassessed") + ": " + pending);
            }
            out.println(labels.of("受付フォーム", "reception form") + ": " + server.uri().resolve("form"));
            out.println(labels.of("English フォーム", "form in English") + ": " + server.uri().resolve("form?lang=en"));
            out.println(labels.of("ダッシュボード", "staff dashboard") + ": " + server.uri().resolve("staff"));
            out.println("JSON API: " + server.uri().resolve("api/v1/") + "  (OpenAPI: "
                    + server.uri().resolve("api/v1/openapi.json") + ")");
            out.println(labels.of("リーフレット (PDF)", "leaflet (PDF)") + ": " + server.uri().resolve("leaflet.pdf"));
            if (calls != null) {
                out.println((mapping == null ? labels.of("通話イベント（スタッフ用キー）", "call events (staff key)")
                        : labels.of("通話の記録（スタッフ用キー）", "call records (staff key)") + " " + callMapping.strip())
                        + ": POST " + server.uri().resolve("api/v1/call-events"));
            }
            out.println(labels.of("メトリクス（スタッフ用キー、Prometheus 形式）", "metrics (staff key, Prometheus format)")
                    + ": " + server.uri().resolve("metrics") + "  (" + labels.of("死活・準備", "health, readiness")
                    + ": " + server.uri().resolve("healthz") + ", " + server.uri().resolve("readyz") + ")");
            if (dispatcher != null) {
                out.println(labels.of("ウェブフック", "webhooks") + ": " + hooks.endpoints().size() + " "
                        + labels.of("か所（配信記録: GET /api/v1/webhooks/deliveries）",
                        "endpoint(s) (delivery log: GET /api/v1/webhooks/deliveries)"));
            }
            out.println(labels.of("Ctrl+C で停止します。", "Press Ctrl+C to stop."));
            out.flush();
            try {
                server.join();
            } catch (InterruptedException stop) {
                // an interrupt is a request to stop (tests, embedding tools): the server and the H2 store are closed
                // next, and not with the flag set, which would close H2's file channel half-way
            } finally {
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException shuttingDown) {
                    // the hook is already running and closes the server
                }
            }
        }
        return ExitCodes.OK;
    }

    private Properties settings() {
        Properties p = new Properties();
        if (config != null) {
            try (Reader in = Files.newBufferedReader(config, StandardCharsets.UTF_8)) {
                p.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + config, e);
            }
        }
        EnvironmentSettings.system().apply(EnvironmentSettings.KEYS, p);
        if (port != null) {
            p.setProperty(WebSettings.PREFIX + "port", port.toString());
        }
        if (bind != null) {
            p.setProperty(WebSettings.PREFIX + "bind", bind);
        }
        if (organisations != null) {
            p.setProperty(WebSettings.PREFIX + "organisations", organisations.toString());
        }
        return p;
    }
}
