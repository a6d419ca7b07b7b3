// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A blow struck on furniture is banging the table (intimidation, {@link SignalCategory#TONE}), not violence against a
 * person; a blow whose object is a person stays violence even when furniture is named nearby.
 */
class StruckObjectTest {
    private static final TextAnalyzer ANALYZER = TextAnalyzer.of(TestLexicon.of(
            "平手で叩\tVIOLENCE\tja\t店員の顔を平手で叩いた\tword",
            "蹴った\tVIOLENCE\tja\t店員の足を蹴った\tword",
            "拳で叩き割\tVIOLENCE\tja\tアクリル板を拳で叩き割った\tword",
            "机|カウンター|受付台|扉|改札|アクリル板…叩|蹴\tTONE\tja\tカウンターを叩いた\tconstruction",
            "slapped\tVIOLENCE\ten\tshe slapped the waitress\tword",
            "kicked the clerk\tVIOLENCE\ten\the kicked the clerk\tword",
            "slammed|slapped|kicked…the counter|the door\tTONE\ten\the slapped the counter\tconstruction"));


    private static List<SignalCategory> categories(String text, String language) {
        return ANALYZER.analyze(new TextInput(0, text, language, Speaker.STAFF_NARRATIVE)).stream()
                .map(TextSignal::category).toList();
    }

    @Test
    void aSlapOrKickOnFurnitureIsBangingTheTableNotAnAttack() {
        assertThat(categories("患者は受付台を一度平手で叩いた。", "ja")).containsExactly(SignalCategory.TONE);
        assertThat(categories("男性は自動改札の扉を二回蹴った。", "ja")).containsExactly(SignalCategory.TONE);
        assertThat(categories("The guest slapped the counter with his palm.", "en"))
                .containsExactly(SignalCategory.TONE);
        assertThat(categories("He kicked the door twice.", "en")).containsExactly(SignalCategory.TONE);
    }

    @Test
    void aBlowWhoseObjectIsAPersonStaysViolenceWhateverFurnitureIsNamed() {
        assertThat(categories("客はカウンター越しに店員を平手で叩いた。", "ja")).contains(SignalCategory.VIOLENCE);
        assertThat(categories("客は机の前で店員の足を蹴った。", "ja")).contains(SignalCategory.VIOLENCE);
        assertThat(categories("客は店員の顔を平手で叩いた。", "ja")).containsExactly(SignalCategory.VIOLENCE);
        assertThat(categories("She slapped the waitress.", "en")).containsExactly(SignalCategory.VIOLENCE);
    }

    @Test
    void breakingTheThingStaysViolence() {
        assertThat(categories("男性客がカウンターのアクリル板を拳で叩き割った。", "ja")).contains(SignalCategory.VIOLENCE);
    }

    @Test
    void aBlowOnFurnitureInOneClauseDoesNotHideABlowOnAPersonInTheNext() {
        assertThat(categories("客は机を叩いたあと、店員の顔を平手で叩いた。", "ja"))
                .contains(SignalCategory.TONE, SignalCategory.VIOLENCE);
        assertThat(categories("He slapped the waitress and kicked the counter.", "en"))
                .contains(SignalCategory.TONE, SignalCategory.VIOLENCE);
    }
}
