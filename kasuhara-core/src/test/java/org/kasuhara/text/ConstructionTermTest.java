// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Construction terms {@code A…B}: two words in one sentence, close together, in order. */
class ConstructionTermTest {
    private static final TextAnalyzer ANALYZER = TextAnalyzer.of(TestLexicon.of(
            "お前…使えない\tINSULT\tja\tお前は本当に使えないな\tconstruction",
            "あの店員…クビにしろ\tSTAFF_TARGETING\tja\tあの店員をすぐクビにしろ\tconstruction",
            "殴る\tVIOLENCE\tja\t殴った\tword",
            "社会人として…クズ\tINSULT\tja\t社会人としてクズだ\tconstruction",
            "!くずれ\tINSULT\tja\t形がくずれていた\texclusion",
            "you…an idiot\tINSULT\ten\tyou are an idiot\tconstruction",
            "idiot\tINSULT\ten\tan idiot\tword",
            "you…a disgrace\tINSULT\ten\tyou are a disgrace\tconstruction",
            "i'll post|i will put…on twitter|online\tSNS_THREAT\ten\tI'll post the video online\talternatives",
            "slammed\tTONE\ten\tHe slammed the door\tword",
            "slammed…the counter|his fist\tTONE\ten\tHe slammed his fist on the counter\tconstruction"));

    private static List<TextSignal> analyze(String text) {
        return ANALYZER.analyze(new TextInput(0, text, null, Speaker.CUSTOMER));
    }

    @Test
    void matchesBothPartsInOneSentenceAndReportsTheWholeSpan() {
        List<TextSignal> signals = analyze("お前みたいなのは本当に使えないな。");
        assertThat(signals).extracting(TextSignal::category).containsExactly(SignalCategory.INSULT);
        assertThat(signals.get(0).excerpt()).isEqualTo("お前みたいなのは本当に使えない");
        assertThat(signals.get(0).term()).isEqualTo("お前…使えない");
        assertThat(signals.get(0).confidence()).isEqualTo(0.75);
    }

    @Test
    void conjugatedSecondPartMatches() {
        assertThat(analyze("あの店員を今すぐクビにしなさい")).extracting(TextSignal::category)
                .containsExactly(SignalCategory.STAFF_TARGETING);
    }

    @Test
    void partsInTheWrongOrderOrOnlyOnePartDoNotMatch() {
        assertThat(analyze("使えないのはお前だ")).isEmpty();
        assertThat(analyze("お前に頼んだ")).isEmpty();
        assertThat(analyze("この機械、使えない")).isEmpty();
    }

    @Test
    void aSentenceEndOrAQuotationMarkBetweenThePartsBreaksTheConstruction() {
        assertThat(analyze("お前に頼んだ。この機械は使えない")).isEmpty();
        assertThat(analyze("お前に「この機械は使えない」と言った")).isEmpty();
    }

    @Test
    void partsTooFarApartDoNotMatch() {
        assertThat(analyze("お前に頼んでおいたあの書類だけど、結局のところ使えない")).isEmpty();
        assertThat(analyze("お前が頼んだ書類は使えない")).hasSize(1);
    }

    @Test
    void aConstructionHidesNoOtherSignalBetweenItsParts() {
        assertThat(analyze("お前なんか殴ってやる、使えない")).extracting(TextSignal::category)
                .containsExactlyInAnyOrder(SignalCategory.INSULT, SignalCategory.VIOLENCE);
    }

    @Test
    void englishPartsAreWholeWords() {
        assertThat(analyze("you really are a disgrace to this shop")).extracting(TextSignal::category)
                .containsExactly(SignalCategory.INSULT);
        assertThat(analyze("youth is a disgraceful thing")).isEmpty();
    }

    @Test
    void negationAndQuotedSpeechStillApply() {
        TextSignal quoted = ANALYZER.analyze(new TextInput(0, "店員に「お前は使えない」と言われた", "ja",
                Speaker.CUSTOMER)).get(0);
        assertThat(quoted.isEvidence()).isFalse();
    }

    @Test
    void eachPartMayListAlternatives() {
        assertThat(analyze("I will put your face on twitter")).extracting(TextSignal::category)
                .containsExactly(SignalCategory.SNS_THREAT);
        assertThat(analyze("I'll post all of this online")).extracting(TextSignal::category)
                .containsExactly(SignalCategory.SNS_THREAT);
        assertThat(analyze("I posted a question online")).isEmpty();
    }

    @Test
    void anExclusionCoversAConstructionsPartToo() {
        assertThat(analyze("社会人として、形のくずれたケーキを売るのはどうかと思います。")).isEmpty();
    }

    @Test
    void aConstructionNeitherHidesTheWordInsideItNorReadsAsSelfReproach() {
        List<TextSignal> signals = analyze("I feel like you are an idiot.");
        assertThat(signals).extracting(TextSignal::term).contains("you…an idiot", "idiot");
        assertThat(signals).allSatisfy(s -> assertThat(s.isEvidence()).isTrue());
        assertThat(analyze("俺はお前は使えないと思う")).singleElement()
                .satisfies(s -> assertThat(s.isEvidence()).isTrue());
    }

    @Test
    void manyPartsStillPairOnlyWithinTheGap() {
        String text = "you are useless. ".repeat(2_000) + "you really are a disgrace";
        assertThat(analyze(text)).filteredOn(s -> s.term().equals("you…a disgrace")).singleElement()
                .satisfies(s -> assertThat(s.excerpt()).isEqualTo("you really are a disgrace"));
    }

    @Test
    void oneActIsOneSignalNotOnePerPartOrObject() {
        assertThat(analyze("The customer slammed his fist on the counter.")).extracting(TextSignal::category)
                .containsExactly(SignalCategory.TONE);
        assertThat(analyze("He slammed the door, then slammed his fist on the counter.")).hasSize(2);
    }
}
