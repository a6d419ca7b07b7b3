// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kasuhara.engine.RuleSet;
import org.kasuhara.engine.RuleSource;
import org.kasuhara.text.Polarity;
import org.kasuhara.text.SignalCategory;
import org.kasuhara.text.Speaker;
import org.kasuhara.text.TextAnalyzer;
import org.kasuhara.text.TextInput;
import org.kasuhara.testkit.eval.Evaluation;
import org.kasuhara.testkit.eval.EvaluationReport;
import org.kasuhara.testkit.eval.LabelledCorpus;
import org.kasuhara.testkit.eval.LabelledSentence;

/**
 * The labelled corpus loads and covers what the issue asks for, and the hard cases behave. Figures are printed by
 * {@code kasuhara eval text}; this test pins only floors well under them, so that a regression shows.
 */
class EvaluationCorpusTest {
    static final TextAnalyzer ANALYZER = RuleSet.compile(RuleSource.defaults()).analyzer();
    static final LabelledCorpus CORPUS = load();

    static LabelledCorpus load() {
        try (InputStream in = Objects.requireNonNull(EvaluationCorpusTest.class.getResourceAsStream("/eval/corpus.tsv"))) {
            return LabelledCorpus.parse(new InputStreamReader(in, StandardCharsets.UTF_8), "corpus.tsv");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theCorpusHasFourHundredSentencesInBothLanguagesBySpeakerWithEveryKindOfHardNegative() {
        List<LabelledSentence> sentences = CORPUS.sentences();
        assertThat(sentences).hasSizeGreaterThanOrEqualTo(400);
        assertThat(sentences.stream().map(LabelledSentence::language).distinct()).containsExactlyInAnyOrder("ja", "en");
        assertThat(sentences.stream().map(LabelledSentence::speaker).distinct())
                .containsExactlyInAnyOrder(Speaker.CUSTOMER, Speaker.STAFF_NARRATIVE);
        assertThat(sentences.stream().map(LabelledSentence::kind).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(LabelledSentence.Kind.values());
        Set<SignalCategory> labelled = EnumSet.noneOf(SignalCategory.class);
        sentences.forEach(s -> labelled.addAll(s.expected()));
        assertThat(labelled).containsExactlyInAnyOrder(SignalCategory.values());
    }

    @Test
    void theEvaluationStaysAboveItsFloors() {
        EvaluationReport report = Evaluation.run(ANALYZER, CORPUS);
        assertThat(report.falsePositiveRate()).isLessThanOrEqualTo(0.02);
        assertThat(report.overall().precision()).isGreaterThanOrEqualTo(0.9);
        assertThat(report.sentenceRecall()).isGreaterThanOrEqualTo(0.7);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "暴力をふるうつもりはない。|NONE",
        "店員に「バカ」と言われました。|NONE",
        "弁護士に相談します。|PROTECTIVE",
        "死ぬほどおいしかったです！|NONE",
        "返金しないなら殺すぞ。|HARASSMENT",
        "殺されたいのか！|HARASSMENT",
        "I'm not threatening you.|NONE",
        "The clerk called me an idiot.|NONE",
        "I will sue your company.|PROTECTIVE",
        "If you don't refund me I'll kill you.|HARASSMENT",
        // reported speech of a third person, named by any person noun or passed on as hearsay
        "塾の先生が生徒に「バカは何をやってもバカ」と言ったそうです。|NONE",
        "電車の中で酔った人が駅員さんに「クビにしてやる」と絡んでいました。|NONE",
        "サポートのチャットで「お前バカか」と返信が来ました。|NONE",
        "不動産の営業さんが「ぶっ飛ばすぞ」と冗談で言ったんですが、怖かったです。|NONE",
        "A parent reported hearing another parent tell the teacher \"I'll break your neck\".|NONE",
        "私は「ぶっ飛ばすぞ」と言ってやった。|HARASSMENT",
        // denied acts: a verb of the act between the denial and the term, a quoted term, 〜ようなことは…しません
        "Don't worry, I'm not going to leave a one-star review over this.|NONE",
        "I would never put your name online.|NONE",
        "No, I'm not going to \"burn the place down\", that was my brother.|NONE",
        "あなたを待ち伏せするようなことは、もちろん一切しません。|NONE",
        "ぶん殴ってやりたいくらい腹が立つけど、もちろんそんなことはしませんよ。|NONE",
        "クビにしろとか、そういう話じゃないんです。|NONE",
        "I won't hesitate to kill you.|HARASSMENT",
        "I'm not paying, you idiot.|HARASSMENT",
        "I'm not paying you idiot.|HARASSMENT",
        // single quotation marks, told apart from apostrophes
        "When I asked about the parcel, the driver snapped 'shut up, you idiot' and drove off.|NONE",
        "I told him 'you idiot, I'll kill you' and I meant it.|HARASSMENT",
        "Don't you dare ignore me, I'll kill you.|HARASSMENT"})
    void hardCasesFromACustomer(String text, Polarity polarity) {
        Set<Polarity> found = ANALYZER.analyze(new TextInput(0, text, null, Speaker.CUSTOMER)).stream()
                .map(s -> s.polarity()).collect(Collectors.toSet());
        if (polarity == Polarity.NONE) {
            assertThat(found).doesNotContain(Polarity.HARASSMENT, Polarity.PROTECTIVE);
        } else {
            assertThat(found).contains(polarity);
        }
    }

    @Test
    void aStaffNarrativeQuotingTheCustomerIsEvidence() {
        assertThat(ANALYZER.analyze(new TextInput(0, "客は「殺すぞ」と三回叫んだ。", null, Speaker.STAFF_NARRATIVE)))
                .anyMatch(s -> s.category() == SignalCategory.THREAT_TO_LIFE && s.isEvidence());
    }

    @Test
    void setsLabelledWithCatalogueBehaviourIdsAreReadAsTheCategoryThatStandsForThem() throws IOException {
        String tsv = "id\tlanguage\tspeaker\texpected\tkind\ttext\n"
                + "x-1\tja\tcustomer\tKNEELING_DEMAND,PERSONAL_ATTACK\tabuse\t土下座しろ。お前の名前は覚えたぞ。\n";
        LabelledCorpus corpus = LabelledCorpus.parse(new java.io.StringReader(tsv), "aliases.tsv");

        assertThat(corpus.sentences().get(0).expected()).containsExactlyInAnyOrder(SignalCategory.KNEELING,
                SignalCategory.STAFF_TARGETING);
        String ambiguous = "id\tlanguage\tspeaker\texpected\tkind\ttext\n"
                + "x-2\tja\tcustomer\tMENTAL_ATTACK\tabuse\tバカ野郎\n";
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> LabelledCorpus.parse(
                new java.io.StringReader(ambiguous), "aliases.tsv")).hasMessageContaining("MENTAL_ATTACK")
                .hasMessageContaining("aliases.tsv:2");
    }
}
