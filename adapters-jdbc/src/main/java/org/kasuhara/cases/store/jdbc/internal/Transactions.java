// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cases.store.jdbc.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import javax.sql.DataSource;
import org.kasuhara.cases.store.CaseStoreException;

/**
 * Runs work in one transaction: commit on success, rollback on any failure. Lock timeouts, deadlocks and
 * serialization failures are retried a few times; every other SQL failure becomes a {@link CaseStoreException},
 * so a database that is down makes the operation fail loudly and nothing counts as done.
 */
public final class Transactions {
    /** SQL states worth another try: serialization failure, deadlock (PostgreSQL), lock timeout (H2). */
    private static final Set<String> RETRYABLE = Set.of("40001", "40P01", "HYT00", "55P03");
    private static final int ATTEMPTS = 8;

    private final DataSource dataSource;
    private final Runnable afterCommit;

    /** @param dataSource where connections come from */
    public Transactions(DataSource dataSource) {
        this(dataSource, () -> { });
    }

    /**
     * @param dataSource  where connections come from
     * @param afterCommit told after every committed transaction (cheap: it runs on the caller's thread)
     */
    public Transactions(DataSource dataSource, Runnable afterCommit) {
        this.dataSource = dataSource;
        this.afterCommit = afterCommit;
    }

    /** Work inside a transaction. @param <T> its result */
    @FunctionalInterface
    public interface Work<T> {
        /** @param connection the transaction's connection @return the result @throws SQLException on failure */
        T run(Connection connection) throws SQLException;
    }

    /**
     * @param what  what is being done, for the error message (no personal data)
     * @param work  the work
     * @param <T>   its result
     * @return the result, after the commit
     * @throws CaseStoreException when the database fails; nothing was committed
     */
    public <T> T inTransaction(String what, Work<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                T result = once(work);
                afterCommit.run();
                return result;
            } catch (SQLException e) {
                if (attempt < ATTEMPTS && RETRYABLE.contains(e.getSQLState())) {
                    pause(attempt);
                    continue;
                }
                throw failure(what, e);
            }
        }
    }

    /**
     * The failure as a store exception whose message quotes no value: databases quote the offending value in
     * errors about data ("value too long: '…'"), and that value may be personal data bound for a log. For the
     * same reason such data errors (SQL state classes 22 and 23) do not carry the driver's exception as cause.
     */
    static CaseStoreException failure(String what, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String message = e.getMessage() == null ? e.getClass().getSimpleName()
                : e.getMessage().replaceAll("'[^']*'", "'…'").replaceAll("'[^']*$", "'…")
                        .replaceAll("\\(([^)]*)\\)=\\([^)]*\\)", "($1)=(…)")
                        .lines().findFirst().orElse("");
        String text = "case store: cannot " + what + ": " + message + " (SQL state " + state + ")";
        if ("23505".equals(state)) {
            return new DuplicateKeyException(text);
        }
        boolean aboutData = state.startsWith("22") || state.startsWith("23");
        return aboutData ? new CaseStoreException(text) : new CaseStoreException(text, e);
    }

    private <T> T once(Work<T> work) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(connection, e);
                throw e;
            }
        }
    }

    private static void rollbackQuietly(Connection connection, Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException again) {
            cause.addSuppressed(again);
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(5L * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CaseStoreException("interrupted while retrying a transaction", e);
        }
    }

    /** A unique key was violated: for an intake, a concurrent submission of the same case won. */
    public static final class DuplicateKeyException extends CaseStoreException {
        private static final long serialVersionUID = 1L;

        DuplicateKeyException(String message) {
            super(message);
        }
    }
}
