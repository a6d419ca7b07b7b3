// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kasuhara.cli.cases.CaseStoreOption;
import org.kasuhara.engine.TestRuleSets;

/**
 * {@code kasuhara serve --jdbc-url} on a real PostgreSQL 17 (started from Maven artifacts): while it serves, the
 * {@code cases} commands of another caller read and change the same database, the URL given once as an option and
 * once through {@code KASUHARA_JDBC_URL} (a system property here; the environment variable in production).
 */
public class ServeOnPostgresTest {
    private static final String CASE = """
            {"id": "C-2026-0074", "receivedAt": "2026-11-20T14:00:00+09:00", "channel": "PHONE",
             "organization": "acme-foods",
             "contacts": [{"channel": "PHONE", "start": "2026-11-20T14:00:00+09:00",
                           "end": "2026-11-20T15:14:00+09:00", "staff": "op-1"}]}
            """;

    @TempDir
    Path rules;

    @Test
    public void casesCommandsReadTheDatabaseARunningServeWritesTo() throws Exception {
        TestRuleSets.basic(rules);
        Files.writeString(rules.resolve("policy.yaml"), "defaults:\n  confinementMinutes: 60\n");
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            String url = postgres.getJdbcUrl("postgres", "postgres");
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            AtomicInteger exit = new AtomicInteger(-1);
            Thread serving = new Thread(() -> exit.set(KasuharaCommand.commandLine()
                    .setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true))
                    .execute("serve", "--jdbc-url", url, "--port", "0", "--rules", rules.toString(), "--lang", "en")));
            serving.start();
            try {
                String form = ServeCommandTest.await(out,
                        Pattern.compile("reception form: (http://127\\.0\\.0\\.1:\\d+/form)"));
                String key = ServeCommandTest.await(out, Pattern.compile("API key acme-foods: (\\S+)"));
                HttpResponse<String> submitted = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(form).resolve("/api/v1/cases")).header("Authorization", "Bearer " + key)
                        .POST(HttpRequest.BodyPublishers.ofString(CASE)).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);

                CliRun listed = CliRun.of("cases", "list", "--jdbc-url", url, "--lang", "en");
                assertThat(listed.exit()).as(listed.err()).isZero();
                assertThat(listed.out()).contains("KH-00000001", "C-2026-0074");

                System.setProperty(CaseStoreOption.URL_VARIABLE, url);
                try {
                    CliRun closed = CliRun.of("cases", "close", "KH-00000001", "--by", "counter-7", "--lang", "en");
                    assertThat(closed.exit()).as(closed.err()).isZero();
                    assertThat(CliRun.of("cases", "list", "--status", "closed", "--lang", "en").out())
                            .contains("KH-00000001");
                } finally {
                    System.clearProperty(CaseStoreOption.URL_VARIABLE);
                }
            } finally {
                serving.interrupt();
                serving.join(20_000);
            }
            assertThat(serving.isAlive()).isFalse();
            assertThat(exit.get()).as(err.toString()).isZero();
        }
    }
}
