// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kasuhara.cases.store.CaseQuery;
import org.kasuhara.cases.store.CaseStatus;
import org.kasuhara.cases.store.StoredCase;
import org.kasuhara.cases.store.jdbc.JdbcCaseStore;

/** {@code kasuhara cases …} on a real H2 case store in a temporary folder. */
public class CasesCommandTest {
    private static final Path CASES = SampleCasesTest.CASES;
    private static final String CAKE = CASES.resolve("legitimate-wrong-name-cake-refund.json").toString();
    private static final String CALL = CASES.resolve("harassment-74-minute-call.json").toString();
    private static final String MIXED = CASES.resolve("mixed.jsonl").toString();
    private static final String BAD = CASES.resolve("invalid/bad-records.jsonl").toString();

    @TempDir
    Path data;

    @Test
    public void intakeStoresAssessesAndPrintsAReceiptPerCaseKeepingTheOriginalText() throws Exception {
        CliRun run = cases("intake", "--lang", "en", CAKE, CALL, MIXED);

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.outLines()).hasSize(6);
        assertThat(run.outLines().get(0)).startsWith("KH-00000001  EX-2026-0001  Legitimate complaint  report due");
        assertThat(run.outLines().get(1)).contains("EX-2026-0006", "Customer harassment", "report due 2026-11-26");
        List<StoredCase> stored = stored();
        assertThat(stored).hasSize(6).allSatisfy(s -> assertThat(s.status()).isEqualTo(CaseStatus.ASSESSED));
        assertThat(stored.get(0).originalText()).isEqualTo(Files.readString(Path.of(CAKE)).strip());
        assertThat(stored.get(2).originalText()).isEqualTo(Files.readAllLines(Path.of(MIXED)).get(0));
    }

    @Test
    public void aCaseOnWhichTheRulesRunAwayIsKeptUnassessedAndTheOthersAreAssessed(@TempDir Path rules)
            throws IOException {
        RuleSetCopies.copyDefaults(rules);
        RuleSetCopies.addRunawayRule(rules);

        CliRun run = cases("intake", "--lang", "en", "--rules", rules.toString(), CAKE, CALL);

        assertThat(run.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).contains(CALL + ":1: received, not assessed: ", "ORG-LOOP-1");
        assertThat(run.outLines()).singleElement().satisfies(line -> assertThat(line).contains("EX-2026-0001"));
        assertThat(stored()).extracting(StoredCase::status)
                .containsExactly(CaseStatus.ASSESSED, CaseStatus.RECEIVED);
    }

    @Test
    public void aReSubmissionWithOtherContentSaysSoAndKeepsTheFirst(@TempDir Path dir) throws IOException {
        String first = cases("intake", "--lang", "en", CAKE).outLines().get(0);
        Path changed = Files.writeString(dir.resolve("changed.json"), Files.readString(Path.of(CAKE))
                .replace("3000", "30000"));

        CliRun again = cases("intake", "--lang", "en", changed.toString());

        assertThat(again.outLines()).singleElement().satisfies(line -> assertThat(line)
                .startsWith(first.substring(0, 11)).contains("differs from the case first received", "not stored"));
        assertThat(stored()).singleElement().satisfies(s -> assertThat(s.originalText())
                .isEqualTo(Files.readString(Path.of(CAKE)).strip()));
    }

    @Test
    public void anEmptyFileIsSaidToBeEmptyAndAByteOrderMarkIsRead(@TempDir Path dir) throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.jsonl"), "");
        Path bom = Files.writeString(dir.resolve("bom.json"), "\uFEFF" + Files.readString(Path.of(CAKE)));

        CliRun run = cases("intake", "--lang", "en", empty.toString(), bom.toString());

        assertThat(run.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).contains(empty + ": cannot read (an empty file, no cases)");
        assertThat(run.outLines()).singleElement().satisfies(line -> assertThat(line).contains("EX-2026-0001"));
    }

    @Test
    public void intakeOfTheSameCasesAgainReturnsTheOriginalReceiptsAndStoresNothingNew() {
        String first = cases("intake", "--lang", "en", CAKE).outLines().get(0);
        CliRun again = cases("intake", "--lang", "en", CAKE);

        assertThat(again.exit()).isZero();
        assertThat(again.outLines()).singleElement().satisfies(line -> assertThat(line)
                .startsWith(first.substring(0, 11)).contains("already received"));
        assertThat(stored()).hasSize(1).allSatisfy(s -> assertThat(s.assessments()).hasSize(1));
    }

    @Test
    public void invalidRecordsAreReportedByFileLineAndFieldAndNotStored() {
        CliRun run = cases("intake", BAD);

        assertThat(run.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).contains("bad-records.jsonl:2: contacts[0].end: ")
                .contains("bad-records.jsonl:4: channel: ").contains("2 of 4 records skipped (invalid input)");
        assertThat(stored()).extracting(StoredCase::caseId).containsExactly("EX-BAD-0001", "EX-BAD-0003");
    }

    @Test
    public void listFiltersByOrganisationAndStatus() {
        cases("intake", CAKE, CALL, MIXED);
        String receipt = stored().get(0).receipt();
        cases("close", receipt, "--by", "counter-7");

        CliRun acme = cases("list", "--lang", "en", "--org", "acme-telecom");
        CliRun closed = cases("list", "--lang", "en", "--status", "closed");
        CliRun all = cases("list", "--lang", "ja");

        assertThat(acme.exit()).isZero();
        assertThat(acme.outLines()).hasSize(4).last().isEqualTo("2 case(s)");
        assertThat(acme.outLines().subList(1, 3)).allSatisfy(line -> assertThat(line).contains("acme-telecom"));
        assertThat(closed.outLines()).hasSize(3).element(1).asString().startsWith(receipt);
        assertThat(all.outLines().get(0)).isEqualTo("受付番号  案件ID  組織  状態  判定  報告期限");
        assertThat(all.outLines()).last().isEqualTo("6件");
    }

    @Test
    public void showPrintsHistoryWithoutPersonalDataUnlessJsonIsAsked() {
        cases("intake", CALL);
        CliRun show = cases("show", "--lang", "en", "KH-00000001");
        CliRun json = cases("show", "--json", "KH-00000001");

        assertThat(show.exit()).isZero();
        assertThat(show.out()).contains("Receipt: KH-00000001", "Case id: EX-2026-0006", "Report due: 2026-11-26",
                "Assessment #1: Customer harassment", "Applicant: name given, contact given", "RECEIVED", "ASSESSED");
        assertThat(show.out()).doesNotContain("高橋次郎", "090-0000-0006");
        assertThat(json.out()).contains("\"receipt\":\"KH-00000001\"", "高橋次郎", "originalText");
        CliRun missing = cases("show", "KH-00000099");
        assertThat(missing.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(missing.err()).contains("KH-00000099");
    }

    @Test
    public void dueListsUnreportedCasesByDeadlineWithOverdueAndToday() {
        cases("intake", CAKE, CALL, MIXED);   // received 20 Nov (due 26 Nov) and 30 Nov (due 3 Dec)

        CliRun today = cases("due", "--lang", "en", "--today", "--date", "2026-11-26");
        CliRun overdue = cases("due", "--lang", "en", "--overdue", "--date", "2026-12-01");
        CliRun all = cases("due", "--lang", "en", "--date", "2026-12-01");

        assertThat(today.outLines()).hasSize(4).last().isEqualTo("2 case(s)");
        assertThat(overdue.outLines()).hasSize(4);
        assertThat(overdue.outLines().get(1)).contains("EX-2026-0001", "2026-11-26 OVERDUE");
        assertThat(all.outLines()).hasSize(8);
        assertThat(cases("due", "--today", "--overdue").exit()).isEqualTo(ExitCodes.INVALID_INPUT);
    }

    @Test
    public void closeRecordsWhoAndTheOutcomeAndAClosedCaseCannotBeClosedAgain() {
        cases("intake", CALL);
        assertThat(cases("reported", "KH-00000001", "--by", "counter-7").exit()).isZero();

        CliRun close = cases("close", "--lang", "en", "KH-00000001", "--by", "counter-9", "--outcome",
                "escalated_to_police");
        CliRun again = cases("close", "KH-00000001", "--by", "counter-9");

        assertThat(close.exit()).as(close.err()).isZero();
        StoredCase closed = stored().get(0);
        assertThat(closed.closedBy()).isEqualTo("counter-9");
        assertThat(closed.reportedBy()).isEqualTo("counter-7");
        assertThat(closed.outcome()).hasToString("ESCALATED_TO_POLICE");
        assertThat(again.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(again.err()).contains("CLOSED");
        assertThat(cases("close", "KH-00000001").exit()).isEqualTo(ExitCodes.INVALID_INPUT);
    }

    private CliRun cases(String command, String... args) {
        String[] all = new String[args.length + 4];
        all[0] = "cases";
        all[1] = command;
        all[2] = "--data";
        all[3] = data.toString();
        System.arraycopy(args, 0, all, 4, args.length);
        return CliRun.of(all);
    }

    private List<StoredCase> stored() {
        try (var store = JdbcCaseStore.h2(data)) {
            return store.list(CaseQuery.all());
        }
    }
}
