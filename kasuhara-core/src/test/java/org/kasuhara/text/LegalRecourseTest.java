// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LegalRecourseTest {

    @ParameterizedTest
    @ValueSource(strings = {"弁護士に相談します", "納得できないので訴えます", "I will sue.",
        "My lawyer will contact you about the refund.", "I am suing you and my lawyer agrees."})
    void legalRecourseIsItsOwnProtectiveCategoryAndNothingElse(String text) {
        List<TextSignal> signals = TestLexicon.customer(text);
        assertThat(signals).isNotEmpty().allSatisfy(s -> {
            assertThat(s.category()).isEqualTo(SignalCategory.LEGAL_RECOURSE);
            assertThat(s.behaviour()).isNull();
            assertThat(s.isEvidence()).as("legal recourse is a right, never evidence").isFalse();
        });
    }

    @Test
    void legalRecourseNextToAThreatKeepsBothSignalsApart() {
        assertThat(TestLexicon.customer("弁護士に相談する。殺すぞ")).extracting(TextSignal::category)
                .containsExactly(SignalCategory.LEGAL_RECOURSE, SignalCategory.THREAT_TO_LIFE);
    }
}
