// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.kasuhara.engine.RuleSource;
import org.kasuhara.engine.TriageEngine;
import org.kasuhara.json.KasuharaJson;
import org.kasuhara.model.Assessment;
import org.kasuhara.model.Basis;
import org.kasuhara.model.Case;
import org.kasuhara.model.Channel;
import org.kasuhara.model.Contact;
import org.kasuhara.model.Demand;
import org.kasuhara.model.DemandAxis;
import org.kasuhara.model.DemandType;
import org.kasuhara.model.Facts;
import org.kasuhara.model.MannerAxis;
import org.kasuhara.model.Verdict;

/**
 * The default verdict table ({@code verdict/verdict.drl.csv}) decides every case in exactly one row, and every
 * assessment names that row and the axes it read.
 */
class VerdictTableTest {
    private static final Path TABLE = Path.of("src/main/resources/kasuhara/rules/default/verdict/verdict.drl.csv");
    private static final TriageEngine ENGINE = TriageEngine.builder().rules(RuleSource.defaults()).build();
    private static final OffsetDateTime AT = OffsetDateTime.parse("2026-11-20T14:03:00+09:00");

    /** A row of the table: its id and the values each axis column allows (empty: any). */
    private record Row(String id, Set<String> manner, Set<String> demand, Set<String> line, Set<String> illness,
                       Set<String> takenBack) {
        boolean covers(MannerAxis m, DemandAxis d, boolean l, boolean i, boolean t) {
            return (manner.isEmpty() || manner.contains(m.name())) && (demand.isEmpty() || demand.contains(d.name()))
                    && (line.isEmpty() || line.contains(Boolean.toString(l)))
                    && (illness.isEmpty() || illness.contains(Boolean.toString(i)))
                    && (takenBack.isEmpty() || takenBack.contains(Boolean.toString(t)));
        }
    }

    @Test
    void everyCombinationOfTheAxesIsDecidedByExactlyOneRow() throws IOException {
        List<Row> rows = rows();
        assertThat(rows).hasSizeGreaterThanOrEqualTo(9);
        List<String> problems = new ArrayList<>();
        for (MannerAxis manner : MannerAxis.values()) {
            for (DemandAxis demand : DemandAxis.values()) {
                for (boolean line : new boolean[] {false, true}) {
                    for (boolean illness : new boolean[] {false, true}) {
                        // an outburst taken back is a doubtful manner, never another one (TwoAxes)
                        for (boolean back : manner == MannerAxis.DOUBTFUL ? new boolean[] {false, true}
                                : new boolean[] {false}) {
                            List<String> deciding = rows.stream()
                                    .filter(r -> r.covers(manner, demand, line, illness, back)).map(Row::id).toList();
                            if (deciding.size() != 1) {
                                problems.add(manner + "/" + demand + "/" + line + "/" + illness + "/" + back + ": "
                                        + deciding);
                            }
                        }
                    }
                }
            }
        }
        assertThat(problems).as("combinations decided by no row or by several").isEmpty();
    }

    @Test
    void aPoliteRefundForARealDefectNamesTheLegitimateRowAndBothAxes() {
        Assessment assessment = ENGINE.assess(cake(3000, null).build());

        assertThat(assessment.verdict()).isEqualTo(Verdict.LEGITIMATE_COMPLAINT);
        assertThat(assessment.basis()).isEqualTo(new Basis("KH-VRD-109",
                "An appropriate manner with a demand not in question is a legitimate complaint",
                "態様に問題がなく要求も妥当性を欠かなければ正当なクレーム", MannerAxis.APPROPRIATE, DemandAxis.VALID, false));
        assertThat(KasuharaJson.toJson(assessment)).contains("\"basis\":{\"rule\":\"KH-VRD-109\"",
                "\"manner\":\"APPROPRIATE\"", "\"demand\":\"VALID\"", "\"timeOrCount\":false");
    }

    @Test
    void aCourteousLongCallIsAReviewThatSaysTheTimeLineAloneDecidedAndTheOrganisationMayBeAtFault() {
        Assessment assessment = ENGINE.assess(Case.builder("G-TABLE", AT, Channel.PHONE).language("ja")
                .facts(new Facts(null, true, 3000L)).demand(new Demand(DemandType.REFUND, 3000L, null))
                .contact(new Contact(Channel.PHONE, AT, AT.plusMinutes(70), "op-1",
                        "お忙しいところすみません。届いた商品が壊れていたので、返金の手続きを教えていただけますか。", null))
                .build());

        assertThat(assessment.verdict()).isEqualTo(Verdict.NEEDS_REVIEW);
        Basis basis = assessment.basis();
        assertThat(basis.rule()).isEqualTo("KH-VRD-108");
        assertThat(basis.text()).contains("organisation may be at fault");
        assertThat(basis.textJa()).contains("組織側");
        assertThat(basis.manner()).isEqualTo(MannerAxis.APPROPRIATE);
        assertThat(basis.demand()).isEqualTo(DemandAxis.UNKNOWN);
        assertThat(basis.timeOrCount()).isTrue();
    }

    @Test
    void theSameCourteousLongCallOverAConfirmedDefectIsLegitimateAndTheBasisKeepsTheTimeLine() {
        Assessment assessment = ENGINE.assess(cake(3000, new Contact(Channel.PHONE, AT, AT.plusMinutes(70), "op-1",
                "お忙しいところすみません。届いた商品が壊れていたので、返金の手続きを教えていただけますか。", null)).build());

        assertThat(assessment.verdict()).isEqualTo(Verdict.LEGITIMATE_COMPLAINT);
        Basis basis = assessment.basis();
        assertThat(basis.rule()).isEqualTo("KH-VRD-110");
        assertThat(basis.textJa()).contains("不備が確認");
        assertThat(basis.demand()).isEqualTo(DemandAxis.VALID);
        assertThat(basis.timeOrCount()).isTrue();
        assertThat(assessment.findings()).extracting(f -> f.rule()).contains("KH-CONF-001");
    }

    @Test
    void theSameDemandWithAThreatIsDecidedOnTheMannerAxisWhateverTheDemand() {
        Assessment assessment = ENGINE.assess(cake(3000, new Contact(Channel.PHONE, AT, AT.plusMinutes(5), "op-1",
                "返金しないなら殺すぞ。", null)).build());

        assertThat(assessment.verdict()).isEqualTo(Verdict.CUSTOMER_HARASSMENT);
        assertThat(assessment.basis().rule()).isEqualTo("KH-VRD-101");
        assertThat(assessment.basis().manner()).isEqualTo(MannerAxis.SEVERE);
        assertThat(assessment.basis().demand()).isEqualTo(DemandAxis.VALID);
    }

    @Test
    void conductACareNarrativePutsDownToDementiaIsAReviewAndNotForThePolice() {
        Assessment assessment = ENGINE.assess(Case.builder("G-CARE", AT, Channel.IN_PERSON).language("ja")
                .contact(new Contact(Channel.IN_PERSON, AT, AT.plusMinutes(20), "care-1",
                        "認知症の入居者が着替えの介助中に「泥棒！殺すぞ！」と叫び、職員の腕を叩いた。家族と主治医に報告した。", null))
                .build());

        assertThat(assessment.verdict()).isEqualTo(Verdict.NEEDS_REVIEW);
        assertThat(assessment.basis().rule()).isEqualTo("KH-VRD-111");
        assertThat(assessment.policeReport()).isFalse();
        assertThat(assessment.findings()).isNotEmpty();
    }

    @Test
    void theSameConductWithoutAnIllnessNamedIsHarassmentForThePolice() {
        Assessment assessment = ENGINE.assess(Case.builder("G-CARE", AT, Channel.IN_PERSON).language("ja")
                .contact(new Contact(Channel.IN_PERSON, AT, AT.plusMinutes(20), "care-1",
                        "入居者の家族が面会中に「泥棒！殺すぞ！」と叫び、職員の腕を叩いた。", null))
                .build());

        assertThat(assessment.verdict()).isEqualTo(Verdict.CUSTOMER_HARASSMENT);
        assertThat(assessment.policeReport()).isTrue();
    }

    @Test
    void oneOutburstTakenBackOverAConfirmedDefectIsLegitimateAndTheFindingStays() {
        Assessment assessment = ENGINE.assess(cake(3000, new Contact(Channel.IN_PERSON, AT, AT.plusMinutes(10),
                "clerk-1", "お客様は一度「バカ野郎」と声を荒げたが、すぐに「すみません、言い過ぎました」と謝られた。", null))
                .build());

        assertThat(assessment.verdict()).isEqualTo(Verdict.LEGITIMATE_COMPLAINT);
        assertThat(assessment.basis().rule()).isEqualTo("KH-VRD-112");
        assertThat(assessment.basis().manner()).isEqualTo(MannerAxis.DOUBTFUL);
        assertThat(assessment.findings()).extracting(f -> f.rule()).containsExactly("KH-TXT-011");
    }

    @Test
    void anOutburstTakenBackBesideAnotherSignOfTheMannerIsStillAReview() {
        Assessment assessment = ENGINE.assess(cake(3000, new Contact(Channel.IN_PERSON, AT, AT.plusMinutes(10),
                "clerk-1", "お客様は一度「バカ野郎」と声を荒げたが、すぐに「すみません、言い過ぎました」と謝られた。", null))
                .contact(new Contact(Channel.EMAIL, AT.plusMinutes(20), AT.plusMinutes(20), null,
                        "返金が遅いようなら、この店のことをグーグルの口コミに書かせてもらいます。", null))
                .build());

        assertThat(assessment.findings()).extracting(f -> f.rule()).contains("KH-TXT-011", "KH-TXT-013");
        assertThat(assessment.verdict()).isEqualTo(Verdict.NEEDS_REVIEW);
        assertThat(assessment.basis().rule()).isEqualTo("KH-VRD-106");
    }

    @Test
    void moneyAboveTheLossButUnderThePolicyRatioIsAReviewOnTheDemandAxis() {
        Assessment assessment = ENGINE.assess(cake(8000, null).build());

        assertThat(assessment.verdict()).isEqualTo(Verdict.NEEDS_REVIEW);
        assertThat(assessment.basis().demand()).isEqualTo(DemandAxis.DOUBTFUL);
        assertThat(assessment.basis().rule()).isEqualTo("KH-VRD-107");
    }

    private static org.kasuhara.model.CaseBuilder cake(long amountYen, Contact contact) {
        var builder = Case.builder("G-TABLE", AT, Channel.PHONE).language("ja")
                .facts(new Facts(true, true, 3000L))
                .demand(new Demand(amountYen > 3000 ? DemandType.MONETARY_COMPENSATION : DemandType.REFUND,
                        amountYen, null));
        return contact == null ? builder : builder.contact(contact);
    }

    private static List<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(TABLE)) {
            List<String> cells = cells(line);
            if (cells.size() > 8 && cells.get(1).matches("KH-VRD-\\d+")) {
                rows.add(new Row(cells.get(1), values(cells.get(4)), values(cells.get(5)), values(cells.get(6)),
                        values(cells.get(7)), values(cells.get(8))));
            }
        }
        return rows;
    }

    private static Set<String> values(String cell) {
        return Arrays.stream(cell.split(",")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }

    /** The cells of one CSV line (quoted cells may hold commas; the table has no quotes inside quotes). */
    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
