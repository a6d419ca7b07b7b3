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
import org.kasuhara.cases.store.UnknownCaseException;
import org.kasuhara.cases.store.StoreOptions;
import org.kasuhara.cases.store.jdbc.JdbcCaseStore;
import org.kasuhara.cases.store.jdbc.JdbcStoreConfig;
import picocli.CommandLine.Option;

/**
 * The {@code --data DIR} option of the {@code cases} commands and {@code serve}: the embedded H2 case store,
 * {@code ./data} by default; or {@code --jdbc-url URL}, a database that several instances share.
 */
public final class CaseStoreOption {
    /** Environment variable of the database user for {@code --jdbc-url}. */
    public static final String USER_VARIABLE = "KASUHARA_STORE_JDBC_USER";
    /** Environment variable of the database password for {@code --jdbc-url} (never on the command line). */
    public static final String PASSWORD_VARIABLE = "KASUHARA_STORE_JDBC_PASSWORD";

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data", description = {
        "案件データベース（H2）のフォルダ。省略時は ./data（なければ作成します）。",
        "Folder of the case database (H2); ./data when absent (created when missing)."})
    private Path data;

    @Option(names = "--jdbc-url", paramLabel = "URL", description = {
        "H2 の代わりに使う案件データベースの JDBC URL（例: jdbc:postgresql://db:5432/kasuhara）。複数の serve が同じ"
            + "データベースを共有できます。ユーザーとパスワードは環境変数 " + USER_VARIABLE + " と " + PASSWORD_VARIABLE
            + " から。",
        "JDBC URL of the case database instead of H2 (e.g. jdbc:postgresql://db:5432/kasuhara); several serve"
            + " instances may share it. User and password from the environment variables " + USER_VARIABLE + " and "
            + PASSWORD_VARIABLE + "."})
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
            err.println(labels.of("案件データベースを使えません", "the case database is unavailable") + " (" + where() + "): "
                    + e.getMessage());
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
        String user = System.getenv(USER_VARIABLE);
        String password = System.getenv(PASSWORD_VARIABLE);
        if (user != null) {
            settings.put(JdbcStoreConfig.USER, user);
        }
        if (password != null) {
            settings.put(JdbcStoreConfig.PASSWORD, password);
        }
        return JdbcCaseStore.open(JdbcStoreConfig.of(settings), StoreOptions.defaults());
    }

    /** The database named without its query string, which may hold a password. */
    private String where() {
        if (jdbcUrl == null || jdbcUrl.isBlank()) {
            return data.toString();
        }
        int query = jdbcUrl.indexOf('?');
        return query < 0 ? jdbcUrl.strip() : jdbcUrl.substring(0, query);
    }
}
