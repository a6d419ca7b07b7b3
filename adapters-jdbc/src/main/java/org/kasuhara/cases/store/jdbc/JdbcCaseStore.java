// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cases.store.jdbc;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.kasuhara.json.KasuharaJson;
import org.kasuhara.model.ActionType;
import org.kasuhara.model.Assessment;
import org.kasuhara.model.Behaviour;
import org.kasuhara.model.Case;
import org.kasuhara.model.Channel;
import org.kasuhara.model.Verdict;
import org.kasuhara.cases.store.ActionDecision;
import org.kasuhara.cases.store.ApplicantExport;
import org.kasuhara.cases.store.ApplicantKey;
import org.kasuhara.cases.store.AssessmentEntry;
import org.kasuhara.cases.store.AuditAction;
import org.kasuhara.cases.store.AuditEntry;
import org.kasuhara.cases.store.CaseOutcome;
import org.kasuhara.cases.store.CaseQuery;
import org.kasuhara.cases.store.CaseStatistics;
import org.kasuhara.cases.store.MonthlyTotals;
import org.kasuhara.cases.store.CaseStatus;
import org.kasuhara.cases.store.InvalidTransitionException;
import org.kasuhara.cases.store.CaseStore;
import org.kasuhara.cases.store.CaseStoreException;
import org.kasuhara.cases.store.Receipt;
import org.kasuhara.cases.store.Redaction;
import org.kasuhara.cases.store.ReportMethod;
import org.kasuhara.cases.store.StoreOptions;
import org.kasuhara.cases.store.StoredCase;
import org.kasuhara.cases.store.UnknownCaseException;
import org.kasuhara.cases.store.VerdictReview;
import org.kasuhara.cases.store.spi.Lifecycle;
import org.kasuhara.cases.store.spi.ReceiptNumbers;
import org.kasuhara.cases.store.jdbc.internal.BatchIntake;
import org.kasuhara.cases.store.jdbc.internal.BatchIntake.Submission;
import org.kasuhara.cases.store.jdbc.internal.CaseKeyLocks;
import org.kasuhara.cases.store.jdbc.internal.CaseRows;
import org.kasuhara.cases.store.jdbc.internal.DriverManagerDataSource;
import org.kasuhara.cases.store.jdbc.internal.GroupCommit;
import org.kasuhara.cases.store.jdbc.internal.H2Housekeeping;
import org.kasuhara.cases.store.jdbc.internal.MonthlyAggregates;
import org.kasuhara.cases.store.jdbc.internal.Transactions;

/**
 * The JDBC case store. Every change is one transaction that locks the case's row ({@code SELECT … FOR UPDATE}), so
 * concurrent writers in any number of threads or processes never lose an update; an intake returns its receipt only
 * after the commit. Idempotency rests on a unique key (organisation, case id): of two concurrent submissions of one
 * case, one inserts and the other gets the original receipt. The schema is created or upgraded by Flyway on open.
 *
 * <p>Works on H2 2.x and PostgreSQL 12+ with the same migrations. Thread-safe.
 */
public final class JdbcCaseStore implements CaseStore {
    private static final String SCHEMA_HISTORY = "kh_schema_history";
    /** How often the embedded H2 file is compacted when anything was written. */
    private static final java.time.Duration H2_COMPACTION_INTERVAL = java.time.Duration.ofMinutes(1);
    /**
     * Committer threads of the PostgreSQL group commit (each holds one connection while it stores a batch): with 8
     * writers, 1 measured ~3,200/s, 2 ~4,100/s, 4 ~3,900/s (docs/benchmarks.md).
     */
    private static final int PG_COMMITTERS = 2;

    private final DataSource dataSource;
    private final StoreOptions options;
    private final Transactions transactions;
    private final GroupCommit<Submission, Receipt> intakes;
    /** On H2 only: one lock per stripe of receipts around every change of a stored case (see {@link #onCase}). */
    private final Object[] caseStripes;
    private final AutoCloseable resources;
    /** On PostgreSQL: intakes of one case take a transaction-scoped advisory lock first ({@link CaseKeyLocks}). */
    private final boolean postgres;
    private volatile H2Housekeeping housekeeping;

    private JdbcCaseStore(DataSource dataSource, StoreOptions options, AutoCloseable resources, boolean h2,
                          boolean postgres) {
        this.postgres = postgres;
        this.dataSource = dataSource;
        this.options = options;
        this.transactions = new Transactions(dataSource, this::committed);
        // concurrent intakes share commits (docs/benchmarks.md, "Intake"). H2 writes one transaction at a time: one
        // committer. PostgreSQL commits in parallel: while one batch waits for its WAL flush the next is written, and
        // each batch first takes the advisory locks of its cases (sorted), as a lone intake does
        BatchIntake batch = new BatchIntake(options, this::resubmitted);
        this.intakes = h2 ? new GroupCommit<>(transactions, batch::store, this::storeAlone)
                : postgres ? new GroupCommit<>(transactions, (c, cases) -> {
                    CaseKeyLocks.lock(c, cases.stream().map(Submission::received).toList());
                    return batch.store(c, cases);
                }, this::storeAlone, PG_COMMITTERS) : null;
        this.caseStripes = h2 ? new Object[64] : null;
        if (h2) {
            java.util.Arrays.setAll(caseStripes, i -> new Object());
        }
        this.resources = resources;
    }

    /**
     * Runs a change of one stored case. On H2 (an embedded file only one process opens) changes of the same case are
     * also serialised in this JVM: under concurrent lifecycle changes of one case, H2 2.3 was seen to hand a waiting
     * {@code SELECT … FOR UPDATE} a stale row and then lose a committed change (a closed case back to REPORTED with its
     * CLOSED audit entry kept; about one run in ten of the concurrency contract test). PostgreSQL's row locks need no
     * help.
     */
    private <T> T onCase(String receipt, java.util.function.Supplier<T> change) {
        if (caseStripes == null) {
            return change.get();
        }
        long id = ReceiptNumbers.parse(receipt).orElse(0L);
        synchronized (caseStripes[(int) Math.floorMod(id, (long) caseStripes.length)]) {
            return change.get();
        }
    }

    /**
     * Opens a store on a data source (PostgreSQL or H2; pooled for a service), migrating its schema first.
     *
     * @param dataSource the database; not closed by {@link #close()}
     * @param options    calendar and clock
     * @return the open store
     * @throws CaseStoreException when the database cannot be reached or migrated
     */
    public static JdbcCaseStore create(DataSource dataSource, StoreOptions options) {
        return open(Objects.requireNonNull(dataSource, "dataSource"), options, () -> { });
    }

    /**
     * The zero-setup default: an embedded H2 file database {@code kasuhara} in {@code directory}, created when
     * missing.
     *
     * @param directory the folder of the database files, e.g. {@code Path.of("data")}
     * @return the open store, with the default calendar and the system clock
     * @throws CaseStoreException when the database cannot be opened (e.g. another process holds it)
     */
    public static JdbcCaseStore h2(Path directory) {
        return h2(directory, StoreOptions.defaults());
    }

    /**
     * @param directory the folder of the database files
     * @param options   calendar and clock
     * @return the open store on the embedded H2 database in {@code directory}
     * @throws CaseStoreException when the database cannot be opened
     */
    public static JdbcCaseStore h2(Path directory, StoreOptions options) {
        String url = "jdbc:h2:file:" + directory.toAbsolutePath().normalize().resolve("kasuhara")
                // no H2 trace file: on errors it would write statements with their parameters (personal data)
                + ";LOCK_TIMEOUT=10000;TRACE_LEVEL_FILE=0"
                // each commit is written before it returns: with H2's default (500 ms write delay) a killed process
                // lost cases whose receipts had been issued (found by the mail adapter's kill test)
                + ";WRITE_DELAY=0"
                // pages compressed (LZF): case and assessment JSON shrink to about a third
                + ";COMPRESS=TRUE"
                // closing compacts the file fully (H2 gives it 200 ms by default)
                + ";MAX_COMPACT_TIME=2000";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "kasuhara", "");
        pool.setMaxConnections(32);
        // WRITE_DELAY=0 turns H2's own background compaction off: without this the file only grows
        H2Housekeeping housekeeping = H2Housekeeping.start(pool, H2_COMPACTION_INTERVAL);
        JdbcCaseStore store = open(pool, options, () -> {
            housekeeping.close();
            pool.dispose();
        });
        store.housekeeping = housekeeping;
        return store;
    }


    /**
     * Opens the store the settings describe: their JDBC URL, or the embedded H2 database in their data folder.
     *
     * @param config  the settings
     * @param options calendar and clock
     * @return the open store
     * @throws CaseStoreException when the database cannot be opened
     */
    public static JdbcCaseStore open(JdbcStoreConfig config, StoreOptions options) {
        if (config.url() == null) {
            return h2(config.dataDirectory(), options);
        }
        return open(new DriverManagerDataSource(config.url(), config.user(), config.password()), options, () -> { });
    }

    private static JdbcCaseStore open(DataSource dataSource, StoreOptions options, AutoCloseable resources) {
        Objects.requireNonNull(options, "options");
        try {
            // a host's own tables in the same schema (a Spring Boot application's data source) are no reason to
            // refuse: without Kasuhara's history table the schema is baselined below V1, so every migration runs
            Flyway.configure().dataSource(dataSource).table(SCHEMA_HISTORY)
                    .baselineOnMigrate(true).baselineVersion("0")
                    .locations("classpath:org/kasuhara/cases/store/jdbc/migration").load().migrate();
        } catch (RuntimeException e) {
            closeQuietly(resources, e);
            throw new CaseStoreException("case store: cannot open or migrate the database: " + e.getMessage(), e);
        }
        boolean h2;
        boolean postgres;
        try (Connection c = dataSource.getConnection()) {
            h2 = isH2(c);
            postgres = "PostgreSQL".equals(c.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            closeQuietly(resources, e);
            throw new CaseStoreException("case store: cannot open the database: " + e.getMessage(), e);
        }
        return new JdbcCaseStore(dataSource, options, resources, h2, postgres);
    }

    /**
     * Compacts the embedded H2 file now (also done after every hundred writes, every minute after any write, and when
     * the store is closed), so that space of old versions is reused. Nothing to do on other databases.
     */
    public void compact() {
        H2Housekeeping running = housekeeping;
        if (running != null) {
            running.compactNow();
        }
    }

    private void committed() {
        H2Housekeeping running = housekeeping;
        if (running != null) {
            running.written();
        }
    }

    /** @return the data source this store uses */
    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public StoreOptions options() {
        return options;
    }

    /**
     * {@inheritDoc}
     *
     * <p>On H2 and PostgreSQL, concurrent intakes share a transaction (group commit): each caller gets its receipt
     * only after the transaction holding its case has committed, and a case the database refuses fails only its own
     * caller (its batch is stored again one case per transaction). On PostgreSQL two committers work at once, and each
     * batch first takes the advisory locks of its cases in ascending order, so that any number of store instances on
     * one database still take each case once.
     */
    @Override
    public Receipt intake(Case received, String originalText) {
        Objects.requireNonNull(received, "case");
        String text = originalText == null ? KasuharaJson.toJson(received) : originalText;
        Submission submission = new Submission(received, text);
        return intakes != null ? intakes.submit(submission) : storeAlone(submission);
    }

    /**
     * The usual re-submission is found without provoking a duplicate-key error; in a batch, an earlier one too. On
     * PostgreSQL, one case's intakes are serialised by an advisory lock on its key, so that of two instances
     * receiving it at once the second sees the first's row instead of losing the insert race: a lost insert would
     * have drawn an identity value and skipped a receipt number.
     */
    private Receipt storeAlone(Submission s) {
        try {
            return transactions.inTransaction("store a case", c -> {
                if (postgres) {
                    CaseKeyLocks.lock(c, List.of(s.received()));
                }
                return exists(c, s.received()) ? resubmitted(c, s.received(), s.text())
                        : insert(c, s.received(), s.text());
            });
        } catch (Transactions.DuplicateKeyException raced) {
            return transactions.inTransaction("look up a resubmitted case", c -> resubmitted(c, s.received(),
                    s.text()));
        }
    }

    private Receipt insert(Connection c, Case received, String text) throws SQLException {
        Instant now = now();
        LocalDate due = options.calendar().reportDueBy(received.receivedAt());
        long id;
        try (PreparedStatement insert = c.prepareStatement(BatchIntake.INSERT, Statement.RETURN_GENERATED_KEYS)) {
            BatchIntake.bind(insert, received, text, now, options);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        CaseRows.audit(c, id, now, AuditEntry.SYSTEM, AuditAction.RECEIVED, null, CaseStatus.RECEIVED,
                Lifecycle.receivedDetail(received));
        return new Receipt(ReceiptNumbers.format(id), received.organization(), received.id(), now, due, false);
    }

    private static boolean exists(Connection c, Case received) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT 1 FROM kh_case WHERE org_key = ? AND case_id = ?")) {
            select.setString(1, orgKey(received.organization()));
            select.setString(2, received.id());
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        }
    }

    private Receipt resubmitted(Connection c, Case received, String text) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT id, stored_at, report_due_by, status, "
                + "original_text FROM kh_case WHERE org_key = ? AND case_id = ? FOR UPDATE")) {
            select.setString(1, orgKey(received.organization()));
            select.setString(2, received.id());
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new SQLException("case vanished after a duplicate-key error", "40001");
                }
                long id = row.getLong("id");
                CaseStatus status = CaseStatus.valueOf(row.getString("status"));
                CaseRows.audit(c, id, now(), AuditEntry.SYSTEM, AuditAction.RESUBMITTED, status, status,
                        Lifecycle.resubmittedDetail(text.equals(row.getString("original_text"))));
                return new Receipt(ReceiptNumbers.format(id), received.organization(), received.id(),
                        CaseRows.instant(row, "stored_at"), row.getObject("report_due_by", LocalDate.class), true);
            }
        }
    }

    @Override
    public AssessmentEntry addAssessment(String receipt, Assessment assessment) {
        Objects.requireNonNull(assessment, "assessment");
        return onCase(receipt, () -> transactions.inTransaction("assess " + receipt, c -> {
            Locked locked = lock(c, receipt);
            Lifecycle.checkSameCase(receipt, locked.stored.caseData(), assessment);
            CaseStatus next = Lifecycle.afterAssessment(receipt, locked.stored.status());
            AssessmentEntry entry = new AssessmentEntry(locked.stored.assessments().size() + 1, now(), assessment);
            insertAssessment(c, locked.id, entry);
            try (PreparedStatement update = c.prepareStatement("UPDATE kh_case SET status = ?, assessment_count = ?, "
                    + "latest_verdict = ?, latest_police = ?, latest_behaviours = ? WHERE id = ?")) {
                update.setString(1, next.name());
                update.setInt(2, entry.number());
                update.setString(3, assessment.verdict().name());
                update.setBoolean(4, assessment.policeReport());
                update.setString(5, CaseStatistics.behaviours(assessment).stream().map(Enum::name)
                        .collect(Collectors.joining(",")));
                update.setLong(6, locked.id);
                update.executeUpdate();
            }
            CaseRows.audit(c, locked.id, entry.assessedAt(), AuditEntry.SYSTEM, AuditAction.ASSESSED,
                    locked.stored.status(), next, Lifecycle.assessedDetail(entry.number(), assessment));
            return entry;
        }));
    }

    private static void insertAssessment(Connection c, long id, AssessmentEntry entry) throws SQLException {
        Assessment assessment = entry.assessment();
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO kh_assessment (case_ref, seq_no, "
                + "assessed_at, rule_set, rule_set_version, verdict, assessment_json) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, id);
            insert.setInt(2, entry.number());
            insert.setObject(3, CaseRows.timestamp(entry.assessedAt()));
            insert.setString(4, assessment.ruleSet().name());
            insert.setString(5, assessment.ruleSet().version());
            insert.setString(6, assessment.verdict().name());
            insert.setString(7, KasuharaJson.toJson(assessment));
            insert.executeUpdate();
        }
    }

    @Override
    public StoredCase markReported(String receipt, String by, ReportMethod method, LocalDate on) {
        String actor = Lifecycle.actor(by);
        return onCase(receipt, () -> transactions.inTransaction("report " + receipt, c -> {
            Locked locked = lock(c, receipt);
            Lifecycle.checkReport(receipt, locked.stored.status());
            Instant now = now();
            ZoneId zone = options.calendar().zone();
            LocalDate day = Lifecycle.reportDay(locked.stored, on, LocalDate.ofInstant(now, zone), zone);
            if (transition(c, locked, "status = ?, reported_at = ?, reported_by = ?, reported_on = ?, "
                    + "report_method = ?", CaseStatus.REPORTED.name(), CaseRows.timestamp(now), actor, day,
                    method == null ? null : method.name()) == 0) {
                throw movedMeanwhile(c, locked, receipt, "report to the organisation", Lifecycle::checkReport);
            }
            CaseRows.audit(c, locked.id, now, actor, AuditAction.REPORTED, locked.stored.status(),
                    CaseStatus.REPORTED, Lifecycle.reportedDetail(method, day));
            return reload(c, locked.id);
        }));
    }

    @Override
    public StoredCase reviewVerdict(String receipt, String by, Verdict verdict, String reason) {
        String actor = Lifecycle.actor(by);
        return onCase(receipt, () -> transactions.inTransaction("review the verdict of " + receipt, c -> {
            Locked locked = lock(c, receipt);
            VerdictReview review = Lifecycle.review(locked.stored, actor, verdict, reason, now());
            CaseRows.insertReview(c, locked.id, locked.stored.reviews().size() + 1, review);
            update(c, "UPDATE kh_case SET staff_verdict = ?, staff_agrees = ?, review_count = review_count + 1 "
                    + "WHERE id = ?", review.staff().name(), review.agrees(), locked.id);
            CaseRows.audit(c, locked.id, review.at(), actor, Lifecycle.reviewAction(review), locked.stored.status(),
                    locked.stored.status(), Lifecycle.reviewDetail(review));
            return reload(c, locked.id);
        }));
    }

    @Override
    public StoredCase decideAction(String receipt, String by, ActionType action, boolean confirmed, String reason) {
        String actor = Lifecycle.actor(by);
        return onCase(receipt, () -> transactions.inTransaction("decide an action of " + receipt, c -> {
            Locked locked = lock(c, receipt);
            ActionDecision decision = Lifecycle.decision(locked.stored, actor, action, confirmed, reason, now());
            CaseRows.insertDecision(c, locked.id, locked.stored.decisions().size() + 1, decision);
            update(c, "UPDATE kh_case SET decision_count = decision_count + 1 WHERE id = ?", locked.id);
            CaseRows.audit(c, locked.id, decision.at(), actor, Lifecycle.decisionAction(decision),
                    locked.stored.status(), locked.stored.status(), Lifecycle.decisionDetail(decision));
            return reload(c, locked.id);
        }));
    }

    @Override
    public long count(CaseQuery query) {
        List<Object> parameters = new ArrayList<>();
        String where = conditions(query.withOrder(CaseQuery.Order.RECEIPT, null), parameters);
        return transactions.inTransaction("count cases", c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT COUNT(*) FROM kh_case " + where)) {
                bind(select, parameters.toArray());
                try (ResultSet rows = select.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
        });
    }

    @Override
    public StoredCase closeCase(String receipt, String by, CaseOutcome outcome) {
        String actor = Lifecycle.actor(by);
        return onCase(receipt, () -> transactions.inTransaction("close " + receipt, c -> {
            Locked locked = lock(c, receipt);
            Lifecycle.checkClose(receipt, locked.stored.status());
            Instant now = now();
            if (transition(c, locked, "status = ?, closed_at = ?, closed_by = ?, outcome = ?",
                    CaseStatus.CLOSED.name(), CaseRows.timestamp(now), actor,
                    outcome == null ? null : outcome.name()) == 0) {
                throw movedMeanwhile(c, locked, receipt, "close", Lifecycle::checkClose);
            }
            CaseRows.audit(c, locked.id, now, actor, AuditAction.CLOSED, locked.stored.status(), CaseStatus.CLOSED,
                    Lifecycle.closedDetail(outcome));
            return reload(c, locked.id);
        }));
    }

    @Override
    public Optional<StoredCase> find(String receipt) {
        var id = ReceiptNumbers.parse(receipt);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        return transactions.inTransaction("read " + receipt, c -> select(c, "WHERE id = ?", id.getAsLong())
                .stream().findFirst());
    }

    @Override
    public Optional<StoredCase> findByCaseId(String organization, String caseId) {
        return transactions.inTransaction("read a case by its id", c -> select(c, "WHERE org_key = ? AND case_id = ?",
                orgKey(organization), caseId).stream().findFirst());
    }

    @Override
    public List<StoredCase> list(CaseQuery query) {
        List<Object> parameters = new ArrayList<>();
        String where = where(query, parameters);
        return transactions.inTransaction("list cases", c -> select(c, where, parameters.toArray()));
    }

    private static String where(CaseQuery query, List<Object> parameters) {
        String direction = query.order().descending() ? " DESC" : "";
        String order = query.order().byDue() ? "report_due_by" + direction + ", id" + direction : "id" + direction;
        return conditions(query, parameters) + " ORDER BY " + order
                + (query.limit() > 0 ? " FETCH FIRST " + query.limit() + " ROWS ONLY" : "");
    }

    private static String conditions(CaseQuery query, List<Object> parameters) {
        List<String> conditions = new ArrayList<>();
        if (query.site() != null) {
            conditions.add("site = ?");
            parameters.add(query.site());
        }
        if (!query.verdicts().isEmpty()) {
            EnumSet<Verdict> verdicts = EnumSet.copyOf(query.verdicts());
            conditions.add("latest_verdict IN (" + verdicts.stream().map(v -> "?").collect(Collectors.joining(", "))
                    + ")");
            verdicts.forEach(v -> parameters.add(v.name()));
        }
        if (query.police() != null) {
            conditions.add("latest_police = ?");
            parameters.add(query.police());
        }
        if (query.after() != null) {
            String after = query.order().descending() ? "<" : ">";
            if (query.order().byDue()) {
                conditions.add("(report_due_by " + after + " ? OR (report_due_by = ? AND id " + after + " ?))");
                parameters.add(query.after().reportDueBy());
                parameters.add(query.after().reportDueBy());
            } else {
                conditions.add("id " + after + " ?");
            }
            parameters.add(query.after().sequence());
        }
        if (query.organization() != null) {
            conditions.add("org_key = ?");
            parameters.add(query.organization());
        }
        if (!query.statuses().isEmpty()) {
            EnumSet<CaseStatus> statuses = EnumSet.copyOf(query.statuses());
            conditions.add("status IN (" + statuses.stream().map(s -> "?").collect(Collectors.joining(", ")) + ")");
            statuses.forEach(s -> parameters.add(s.name()));
        }
        if (query.dueFrom() != null) {
            conditions.add("report_due_by >= ?");
            parameters.add(query.dueFrom());
        }
        if (query.dueTo() != null) {
            conditions.add("report_due_by <= ?");
            parameters.add(query.dueTo());
        }
        if (query.receivedIn() != null) {
            conditions.add("received_month = ?");
            parameters.add(query.receivedIn().toString());
        }
        return conditions.isEmpty() ? "" : "WHERE " + String.join(" AND ", conditions);
    }

    /**
     * {@inheritDoc}
     *
     * <p>Added up by the database in one aggregate query (no case is sent to Java), with the same figures as
     * streaming every case through {@link MonthlyTotals#accumulator}.
     */
    @Override
    public MonthlyTotals monthlyTotals(YearMonth month, String organization) {
        checkOrganization(organization);
        LocalDate asOf = LocalDate.ofInstant(now(), options.calendar().zone());
        MonthlyTotals totals = transactions.inTransaction("add up the totals of " + month, c -> MonthlyAggregates.query(
                c, month, organization, asOf, options.calendar().zone(), isH2(c)));
        return totals != null ? totals : CaseStore.super.monthlyTotals(month, organization);
    }

    @Override
    public void forEachInMonth(YearMonth month, String organization, Consumer<CaseStatistics> sink) {
        checkOrganization(organization);
        String sql = "SELECT id, organization, site, channel, received_at, report_due_by, status, latest_verdict, "
                + "latest_behaviours, latest_police, outcome, reported_at, reported_on, staff_agrees FROM kh_case WHERE received_month = ?"
                + (organization == null ? "" : " AND org_key = ?") + " ORDER BY id";
        transactions.inTransaction("read the statistics of " + month, c -> {
            try (PreparedStatement select = c.prepareStatement(sql)) {
                select.setFetchSize(1000);
                select.setString(1, month.toString());
                if (organization != null) {
                    select.setString(2, organization);
                }
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        sink.accept(statistics(row));
                    }
                }
            }
            return null;
        });
    }

    private CaseStatistics statistics(ResultSet row) throws SQLException {
        String verdict = row.getString("latest_verdict");
        String behaviours = row.getString("latest_behaviours");
        EnumSet<Behaviour> found = EnumSet.noneOf(Behaviour.class);
        if (!behaviours.isEmpty()) {
            for (String name : behaviours.split(",")) {
                found.add(Behaviour.valueOf(name));
            }
        }
        String outcome = row.getString("outcome");
        Instant reported = CaseRows.instant(row, "reported_at");
        LocalDate reportedOn = row.getObject("reported_on", LocalDate.class);
        boolean agreement = row.getBoolean("staff_agrees");
        Boolean agrees = row.wasNull() ? null : agreement;
        return new CaseStatistics(ReceiptNumbers.format(row.getLong("id")), row.getString("organization"),
                row.getString("site"), Channel.valueOf(row.getString("channel")),
                row.getObject("received_at", java.time.OffsetDateTime.class),
                row.getObject("report_due_by", LocalDate.class), CaseStatus.valueOf(row.getString("status")),
                verdict == null ? null : Verdict.valueOf(verdict), found, row.getBoolean("latest_police"),
                outcome == null ? null : CaseOutcome.valueOf(outcome),
                reportedOn != null ? reportedOn
                        : reported == null ? null : reported.atZone(options.calendar().zone()).toLocalDate(),
                agrees);
    }

    @Override
    public List<AuditEntry> auditLog(String receipt) {
        return transactions.inTransaction("read the audit log of " + receipt,
                c -> CaseRows.audit(c, existing(c, receipt)));
    }

    @Override
    public int purgePersonalData(Period retention) {
        Instant now = now();
        Instant cutoff = now.atZone(options.calendar().zone()).minus(retention).toInstant();
        List<Long> due = transactions.inTransaction("find cases to purge", c -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement("SELECT id FROM kh_case WHERE status = ? AND "
                    + "purged_at IS NULL AND closed_at < ? ORDER BY id")) {
                select.setString(1, CaseStatus.CLOSED.name());
                select.setObject(2, CaseRows.timestamp(cutoff));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getLong(1));
                    }
                }
            }
            return ids;
        });
        int purged = 0;
        for (long id : due) {
            purged += onCase(ReceiptNumbers.format(id), () -> transactions.inTransaction("purge "
                    + ReceiptNumbers.format(id), c -> purge(c, id, now, retention)));
        }
        return purged;
    }

    private int purge(Connection c, long id, Instant now, Period retention) throws SQLException {
        Locked locked = lock(c, id, ReceiptNumbers.format(id));
        if (locked.stored.purged()) {
            return 0;
        }
        update(c, "UPDATE kh_case SET case_json = ?, original_text = NULL, applicant_email = NULL, "
                + "applicant_phone = NULL, applicant_ref = NULL, purged_at = ? WHERE id = ?",
                KasuharaJson.toJson(Redaction.anonymise(locked.stored.caseData())), CaseRows.timestamp(now), id);
        update(c, "UPDATE kh_review SET reason = ? WHERE case_ref = ? AND reason <> ''", Redaction.PURGED, id);
        update(c, "UPDATE kh_action_decision SET reason = ? WHERE case_ref = ? AND reason <> ''", Redaction.PURGED,
                id);
        for (AssessmentEntry entry : locked.stored.assessments()) {
            update(c, "UPDATE kh_assessment SET assessment_json = ? WHERE case_ref = ? AND seq_no = ?",
                    KasuharaJson.toJson(Redaction.anonymise(entry.assessment())), id, entry.number());
        }
        CaseRows.audit(c, id, now, AuditEntry.SYSTEM, AuditAction.PURGED, locked.stored.status(),
                locked.stored.status(), Lifecycle.purgedDetail(retention));
        return 1;
    }

    @Override
    public ApplicantExport exportApplicant(ApplicantKey key) {
        Objects.requireNonNull(key, "key");
        Instant now = now();
        return transactions.inTransaction("export an applicant's cases", c -> {
            List<StoredCase> cases = select(c, "WHERE applicant_email = ? OR applicant_phone = ? "
                    + "OR applicant_ref = ?", ApplicantKey.normalEmail(key.email()),
                    ApplicantKey.normalPhone(key.phone()), key.customerRef());
            for (StoredCase stored : cases) {
                CaseRows.audit(c, ReceiptNumbers.parse(stored.receipt()).getAsLong(), now, AuditEntry.SYSTEM,
                        AuditAction.EXPORTED, stored.status(), stored.status(), Lifecycle.EXPORTED_DETAIL);
            }
            return new ApplicantExport(now, cases);
        });
    }

    @Override
    public void close() {
        if (intakes != null) {
            intakes.close();
        }
        closeQuietly(resources, null);
    }

    private List<StoredCase> select(Connection c, String where, Object... parameters) throws SQLException {
        List<StoredCase> found = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("SELECT " + CaseRows.CASE_COLUMNS + " FROM kh_case "
                + where)) {
            bind(select, parameters);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(CaseRows.read(c, rows));
                }
            }
        }
        return found;
    }

    private StoredCase reload(Connection c, long id) throws SQLException {
        return select(c, "WHERE id = ?", id).get(0);
    }

    /** The case's row, locked until the transaction ends. */
    private Locked lock(Connection c, String receipt) throws SQLException {
        long id = ReceiptNumbers.parse(receipt).orElseThrow(() -> new UnknownCaseException(receipt));
        return lock(c, id, receipt);
    }

    /** The case's row by id, locked until the transaction ends; a missing row is an unknown receipt. */
    private Locked lock(Connection c, long id, String receipt) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT " + CaseRows.CASE_COLUMNS
                + " FROM kh_case WHERE id = ? FOR UPDATE")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new UnknownCaseException(receipt);
                }
                return new Locked(id, CaseRows.read(c, row));
            }
        }
    }

    private static long existing(Connection c, String receipt) throws SQLException {
        var id = ReceiptNumbers.parse(receipt);
        if (id.isPresent()) {
            try (PreparedStatement select = c.prepareStatement("SELECT id FROM kh_case WHERE id = ?")) {
                select.setLong(1, id.getAsLong());
                try (ResultSet row = select.executeQuery()) {
                    if (row.next()) {
                        return id.getAsLong();
                    }
                }
            }
        }
        throw new UnknownCaseException(receipt);
    }

    /**
     * Moves a locked case on only if its status is still the one read under the lock. The row lock alone should
     * ensure it, but H2 has been seen to hand a waiting {@code SELECT … FOR UPDATE} the row as it was before the
     * transaction it waited for (two movers both reported one case); the condition makes a lost update impossible
     * on any database.
     *
     * @return the rows changed: 0 when another transaction moved the case first
     */
    private static int transition(Connection c, Locked locked, String assignments, Object... values)
            throws SQLException {
        Object[] parameters = java.util.Arrays.copyOf(values, values.length + 2);
        parameters[values.length] = locked.id;
        parameters[values.length + 1] = locked.stored.status().name();
        try (PreparedStatement update = c.prepareStatement("UPDATE kh_case SET " + assignments
                + " WHERE id = ? AND status = ?")) {
            bind(update, parameters);
            return update.executeUpdate();
        }
    }

    /** The error for a case that another transaction moved first: what its new status forbids, if anything. */
    private InvalidTransitionException movedMeanwhile(Connection c, Locked locked, String receipt, String change,
            java.util.function.BiConsumer<String, CaseStatus> check) throws SQLException {
        CaseStatus current = reload(c, locked.id).status();
        check.accept(receipt, current);
        return new InvalidTransitionException(receipt, current, change, locked.stored.status() + ", unchanged");
    }

    private static void update(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement update = c.prepareStatement(sql)) {
            bind(update, parameters);
            update.executeUpdate();
        }
    }

    private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
    }

    private Instant now() {
        return options.clock().instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static boolean isH2(Connection c) throws SQLException {
        return "H2".equals(c.getMetaData().getDatabaseProductName());
    }

    /** A blank organisation would match the cases that name none ({@code org_key = ''}): refused, as in memory. */
    private static void checkOrganization(String organization) {
        if (organization != null && organization.isBlank()) {
            throw new IllegalArgumentException("organization must not be blank (null for every organisation)");
        }
    }

    private static String orgKey(String organization) {
        return BatchIntake.orgKey(organization);
    }

    private static void closeQuietly(AutoCloseable resources, Exception cause) {
        try {
            resources.close();
        } catch (Exception e) {
            if (cause != null) {
                cause.addSuppressed(e);
            } else {
                throw new CaseStoreException("case store: cannot close the database: " + e.getMessage(), e);
            }
        }
    }

    private record Locked(long id, StoredCase stored) {
    }
}
