// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cli.streams;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.apache.kafka.streams.KafkaStreams;
import org.kasuhara.cli.CliVersion;
import org.kasuhara.cli.ExitCodes;
import org.kasuhara.cli.io.Labels;
import org.kasuhara.cli.io.LanguageOption;
import org.kasuhara.cli.io.RuleSetLoader;
import org.kasuhara.engine.RuleSetException;
import org.kasuhara.streams.KasuharaStreamsApp;
import org.kasuhara.streams.KasuharaStreamsConfig;
import org.kasuhara.streams.StreamsTopics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kasuhara streams --config streams.properties}: runs the Kafka Streams application until stopped (Ctrl+C,
 * or an interrupt when embedded). Every setting is checked before anything starts; a bad one is named by its key.
 */
@Command(name = "streams", mixinStandardHelpOptions = true, versionProvider = CliVersion.class, sortOptions = false,
        description = {
            "Kafka Streams で通話イベントからアラートを、案件から判定を作ります（exactly-once）。台数を増やせば分散します。",
            "Runs on Kafka Streams: call events to call alerts, cases to assessments, exactly once; start more "
                + "instances to spread the load.",
            "設定キー / settings: bootstrap.servers, application.id, state.dir, kasuhara.caller-key-file, "
                + "kasuhara.rules, kasuhara.timers (wall-clock|event-time), kasuhara.call-events.key (caller|call-id), "
                + "kasuhara.topic.call-events, "
                + ".call-alerts, .cases, .assessments, .dead-letters; その他の Kafka Streams の設定はそのまま渡します / "
                + "other Kafka Streams settings pass through."})
public final class StreamsCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--config", required = true, paramLabel = "FILE", description = {
        "設定ファイル（プロパティ形式）。", "Settings file (properties)."})
    private Path config;

    @Mixin
    private LanguageOption language;

    @Override
    public Integer call() {
        Labels labels = language.labels();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(config, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            err.println(labels.of("設定ファイルを読めません", "cannot read the settings file") + ": " + config);
            return ExitCodes.INVALID_INPUT;
        }
        KasuharaStreamsConfig settings = KasuharaStreamsConfig.of(properties);
        KasuharaStreamsApp app;
        try {
            settings.kafkaProperties();
            settings.callerKey();
            settings.timerClock();
            settings.rules();
            settings.topics();
            app = KasuharaStreamsApp.start(settings);
        } catch (RuleSetException e) {
            RuleSetLoader.report(settings.rules().orElse(null), e.problems(), err, labels);
            return ExitCodes.INVALID_INPUT;
        } catch (IllegalArgumentException e) {
            err.println(labels.of("設定の誤り", "invalid setting") + " (" + config + "): " + e.getMessage());
            return ExitCodes.INVALID_INPUT;
        }
        return run(app, settings, out, labels);
    }

    private int run(KasuharaStreamsApp app, KasuharaStreamsConfig settings, PrintWriter out, Labels labels) {
        Thread hook = new Thread(app::close, "kasuhara-streams-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        StreamsTopics topics = settings.topics();
        out.println(labels.of("起動しました", "started") + ": " + settings.applicationId() + " @ "
                + settings.bootstrapServers());
        out.println(topics.callEvents() + " → " + topics.callAlerts() + ", " + topics.cases() + " → "
                + topics.assessments() + " (" + labels.of("不正なレコード", "bad records") + " → "
                + topics.deadLetters() + ")");
        out.println(labels.of("Ctrl+C で停止します。", "Press Ctrl+C to stop."));
        out.flush();
        try {
            while (!finished(app.streams().state())) {
                Thread.sleep(200);
            }
        } catch (InterruptedException stop) {
            // an interrupt is a request to stop (tests, embedding tools): closed below
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is already running and closes the application
            }
        }
        boolean failed = app.streams().state() == KafkaStreams.State.ERROR;
        app.close();
        return failed ? ExitCodes.INTERNAL_ERROR : ExitCodes.OK;
    }

    private static boolean finished(KafkaStreams.State state) {
        return state == KafkaStreams.State.ERROR || state == KafkaStreams.State.NOT_RUNNING
                || state == KafkaStreams.State.PENDING_SHUTDOWN;
    }
}
