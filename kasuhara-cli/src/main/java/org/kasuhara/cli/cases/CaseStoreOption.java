// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cli.cases;

import org.kasuhara.cli.ExitCodes;
import org.kasuhara.cli.io.Labels;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.kasuhara.cases.store.CaseStore;
import org.kasuhara.cases.store.CaseStoreException;
import org.kasuhara.cases.store.InvalidTransitionException;
import org.kasuhara.cases.store.StoreOptions;
import org.kasuhara.cases.store.UnknownCaseException;
import org.kasuhara.cases.store.jdbc.JdbcCaseStore;
import org.kasuhara.cases.store.jdbc.JdbcStoreConfig;
import picocli.CommandLine.Option;

/**
 * The case store options of every command that keeps cases: the embedded H2 database in {@code --data DIR}
 * ({@code ./data} by default), or the database of {@code --jdbc-url} (PostgreSQL, shared by several processes: a
 * running {@code serve} and {@code cases list}). Each can also come from the environment: {@value #DATA_VARIABLE},
 * {@value #URL_VARIABLE}; the database user and password only from {@value #USER_VARIABLE} and
 * {@value #PASSWORD_VARIABLE}, never from the command line (where other users of the machine could read them).
 */
public final class CaseStoreOption {
    /** The environment variable (or system property) of the H2 folder. */
    public static final String DATA_VARIABLE = "KASUHARA_DATA";
    /** The environment variable (or system property) of the JDBC URL. */
    public static final String URL_VARIABLE = "KASUHARA_JDBC_URL";
    /** The environment variable (or system property) of the database user. */
    public static final String USER_VARIABLE = "KASUHARA_JDBC_USER";
    /** The environment variable (or system property) of the database password. */
    public static final String PASSWORD_VARIABLE = "KASUHARA_JDBC_PASSWORD";

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "${" + DATA_VARIABLE + ":-data}", description = {
        "案件データベース（H2）のフォルダ。省略時は KASUHARA_DATA、それもなければ ./data（なければ作成します）。",
        "Folder of the case database (H2); KASUHARA_DATA, else ./data when absent (created when missing)."})
    private Path data;

    @Option(names = "--jdbc-url", paramLabel = "URL", defaultValue = "${" + URL_VARIABLE + "}", description = {
        "案件データベースの JDBC URL（例 jdbc:postgresql://db:5432/kasuhara）。--data の H2 の代わりに使います。"
            + "省略時は KASUHARA_JDBC_URL。ユーザーとパスワードは KASUHARA_JDBC_USER と KASUHARA_JDBC_PASSWORD から。",
        "JDBC URL of the case database (e.g. jdbc:postgresql://db:5432/kasuhara) instead of the H2 folder --data; "
            + "KASUHARA_JDBC_URL when absent. User and password from KASUHARA_JDBC_USER and KASUHARA_JDBC_PASSWORD."})
    private String jdbcUrl;

    /** @return the data folder (the mail commands keep evidence beside the database) */
    public Path directory() {
        return data;
    }

    /**
     * Opens the store, runs the work and closes it; store errors become messages and exit codes.
     *
     * @param err    where errors go
     * @param labels the language of messages
     * @param work   what to do with the store
     * @return the work's exit code, 2 for an unknown case, a change its status forbids or an argument the store
     *         refuses (a blank organisation, a reason too long), 1 when the store fails
     */
    public int run(PrintWriter err, Labels labels, Function<CaseStore, Integer> work) {
        try (CaseStore store = open()) {
            return work.apply(store);
        } catch (UnknownCaseException | InvalidTransitionException | IllegalArgumentException e) {
            err.println(e.getMessage());
            err.flush();
            return ExitCodes.INVALID_INPUT;
        } catch (CaseStoreException e) {
            err.println(labels.of("案件データベースを使えません", "the case database is unavailable") + " (" + where()
                    + "): " + e.getMessage());
            err.flush();
            return ExitCodes.INTERNAL_ERROR;
        }
    }

    private CaseStore open() {
        if (jdbcUrl == null || jdbcUrl.isBlank()) {
            return JdbcCaseStore.h2(data);
        }
        Map<String, String> settings = new HashMap<>();
        settings.put(JdbcStoreConfig.URL, jdbcUrl.strip());
        put(settings, JdbcStoreConfig.USER, USER_VARIABLE);
        put(settings, JdbcStoreConfig.PASSWORD, PASSWORD_VARIABLE);
        return JdbcCaseStore.open(JdbcStoreConfig.of(settings), StoreOptions.defaults());
    }

    private static void put(Map<String, String> settings, String key, String variable) {
        String value = System.getProperty(variable, System.getenv(variable));
        if (value != null && !value.isEmpty()) {
            settings.put(key, value);
        }
    }

    /** @return the folder, or the URL without its query and user part (either may hold a password) */
    private String where() {
        if (jdbcUrl == null || jdbcUrl.isBlank()) {
            return data.toString();
        }
        String url = jdbcUrl.strip();
        int query = url.indexOf('?');
        url = query < 0 ? url : url.substring(0, query);
        return url.replaceFirst("//[^/@]*@", "//");
    }
}
