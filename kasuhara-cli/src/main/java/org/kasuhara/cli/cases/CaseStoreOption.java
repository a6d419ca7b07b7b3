package org.kasuhara.cli.cases;

import org.kasuhara.cli.ExitCodes;
import org.kasuhara.cli.io.Labels;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Function;
import org.kasuhara.cases.store.CaseStore;
import org.kasuhara.cases.store.CaseStoreException;
import org.kasuhara.cases.store.InvalidTransitionException;
import org.kasuhara.cases.store.UnknownCaseException;
import org.kasuhara.cases.store.jdbc.JdbcCaseStore;
import picocli.CommandLine.Option;

/** The {@code --data DIR} option of the {@code cases} commands: the embedded H2 case store, {@code ./data} by default. */
public final class CaseStoreOption {
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data", description = {
        "案件データベース（H2）のフォルダ。省略時は ./data（なければ作成します）。",
        "Folder of the case database (H2); ./data when absent (created when missing)."})
    private Path data;

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
        try (CaseStore store = JdbcCaseStore.h2(data)) {
            return work.apply(store);
        } catch (UnknownCaseException | InvalidTransitionException | IllegalArgumentException e) {
            err.println(e.getMessage());
            err.flush();
            return ExitCodes.INVALID_INPUT;
        } catch (CaseStoreException e) {
            err.println(labels.of("案件データベースを使えません", "the case database is unavailable") + " (" + data + "): "
                    + e.getMessage());
            err.flush();
            return ExitCodes.INTERNAL_ERROR;
        }
    }
}
