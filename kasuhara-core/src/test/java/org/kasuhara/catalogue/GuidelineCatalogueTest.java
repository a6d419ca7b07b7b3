// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.kasuhara.model.ActionType;
import org.kasuhara.model.Behaviour;
import org.kasuhara.model.DemandType;

class GuidelineCatalogueTest {
    private final GuidelineCatalogue catalogue = GuidelineCatalogue.defaults();

    @Test
    void defaultsDescribeEveryBehaviourDemandTypeAndActionInEnumOrder() {
        assertThat(catalogue.behaviours()).extracting(BehaviourInfo::behaviour).containsExactly(Behaviour.values());
        assertThat(catalogue.demandTypes()).extracting(DemandTypeInfo::type).containsExactly(DemandType.values());
        assertThat(catalogue.actions()).extracting(ActionInfo::type).containsExactly(ActionType.values());
        for (Behaviour behaviour : Behaviour.values()) {
            assertThat(catalogue.behaviour(behaviour).behaviour()).isEqualTo(behaviour);
        }
    }

    @Test
    void defaultsAreLoadedOnceAndShared() {
        assertThat(GuidelineCatalogue.defaults()).isSameAs(catalogue);
    }

    @Test
    void behaviourNamesFollowTheMhlwManualWording() {
        assertThat(catalogue.behaviour(Behaviour.PHYSICAL_ATTACK).nameJa()).isEqualTo("身体的な攻撃（暴行、傷害）");
        assertThat(catalogue.behaviour(Behaviour.MENTAL_ATTACK).nameJa())
                .isEqualTo("精神的な攻撃（脅迫、中傷、名誉毀損、侮辱、暴言）");
        assertThat(catalogue.behaviour(Behaviour.PERSISTENT_CONDUCT).nameJa())
                .isEqualTo("継続的（繰り返される）、執拗な言動");
        assertThat(catalogue.behaviour(Behaviour.CONFINEMENT).nameJa())
                .isEqualTo("拘束的な行動（不退去、居座り、監禁、長時間の電話）");
        assertThat(catalogue.behaviour(Behaviour.PERSONAL_ATTACK).nameJa()).isEqualTo("従業員個人への攻撃、要求");
        assertThat(catalogue.behaviour(Behaviour.KNEELING_DEMAND).source()).isEqualTo("MHLW-2022 §B-1");
    }

    @Test
    void behavioursAddedAfterTheManualCiteTokyoAndSayWhere() {
        for (Behaviour added : new Behaviour[] {Behaviour.SNS_EXPOSURE_THREAT, Behaviour.UNAUTHORISED_FILMING}) {
            BehaviourInfo info = catalogue.behaviour(added);
            assertThat(info.source()).isEqualTo("TOKYO-2024");
            assertThat(info.descriptionEn()).contains("2025 national guideline draft");
        }
        assertThat(catalogue.behaviour(Behaviour.SNS_EXPOSURE_THREAT).examplesJa())
                .contains("「この動画をSNSにアップするぞ」");
        assertThat(catalogue.behaviour(Behaviour.EXCESSIVE_DEMAND).source()).isEqualTo("MHLW-2022 §B-2");
    }

    @Test
    void demandValidityClassesFollowTheDomainTable() {
        assertThat(Arrays.stream(DemandType.values()).filter(t -> catalogue.demandType(t).validity()
                == DemandValidity.ALWAYS_HARASSMENT)).containsExactlyInAnyOrder(DemandType.KNEELING_APOLOGY,
                        DemandType.STAFF_PERSONAL_DATA, DemandType.DISMISSAL_OF_STAFF);
        assertThat(Arrays.stream(DemandType.values()).filter(t -> catalogue.demandType(t).validity()
                == DemandValidity.NORMALLY_LEGITIMATE)).containsExactlyInAnyOrder(DemandType.REFUND,
                        DemandType.REPAIR, DemandType.EXPLANATION, DemandType.MEETING, DemandType.OTHER);
        assertThat(catalogue.demandType(DemandType.WRITTEN_APOLOGY).noteEn()).contains("seriousness", "industry");
    }

    @Test
    void restrictingActionsAskForAPersonToConfirmThem() {
        for (ActionType type : ActionType.values()) {
            ActionInfo info = catalogue.action(type);
            if (type.restrictsCustomer()) {
                assertThat(info.textJa()).as(type.name()).contains("要確認");
                assertThat(info.textEn()).as(type.name()).contains("a person must confirm");
            } else {
                assertThat(info.textJa()).as(type.name()).doesNotContain("要確認");
            }
        }
    }

    @Test
    void policeReportSaysWhatToTellTheOperator() {
        ActionInfo police = catalogue.action(ActionType.REPORT_TO_POLICE);
        assertThat(police.textJa()).contains("110番", "何分前", "場所", "けが");
        assertThat(police.source()).isEqualTo("TOKYO-2025-MANUAL p.39");
    }

    @Test
    void citationKeyIsTheTextBeforeTheFirstSpace() {
        assertThat(catalogue.source("MHLW-2022 §B-1")).map(SourceInfo::key).contains("MHLW-2022");
        assertThat(catalogue.source("CCAJ-2025 p.3")).map(SourceInfo::published)
                .contains(LocalDate.of(2025, 3, 12));
        assertThat(catalogue.source("TOKYO-2024")).map(SourceInfo::url).get().asString()
                .startsWith("https://www.hataraku.metro.tokyo.lg.jp/");
        assertThat(catalogue.source("  LABOR-ACT-2025\u3000Art. 33")).map(SourceInfo::key).contains("LABOR-ACT-2025");
    }

    @Test
    void unknownBlankOrMiscasedCitationsAreNotKnownSources() {
        assertThat(catalogue.source("FOO-1999")).isEmpty();
        assertThat(catalogue.isKnownSource("FOO-1999 p.1")).isFalse();
        assertThat(catalogue.isKnownSource("mhlw-2022")).isFalse();
        assertThat(catalogue.isKnownSource("")).isFalse();
        assertThat(catalogue.isKnownSource(null)).isFalse();
        assertThat(catalogue.isKnownSource("JHA-2024")).isTrue();
    }

    @Test
    void everyCitationInTheCatalogueNamesAKnownSource() {
        assertThat(catalogue.sources()).extracting(SourceInfo::key).contains("MHLW-2022", "TOKYO-2024",
                "CCAJ-2025", "LABOR-ACT-2025", "JHA-2024", "KASUHARA");
        assertThat(catalogue.behaviours()).allSatisfy(b -> assertThat(catalogue.isKnownSource(b.source())).isTrue());
        assertThat(catalogue.demandTypes()).allSatisfy(d -> assertThat(catalogue.isKnownSource(d.source())).isTrue());
        assertThat(catalogue.actions()).allSatisfy(a -> assertThat(catalogue.isKnownSource(a.source())).isTrue());
    }
}
