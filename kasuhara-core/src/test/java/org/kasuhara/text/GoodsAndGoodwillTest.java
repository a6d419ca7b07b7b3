// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Words that look like an attack and are not: a knife that is the faulty goods, a worker's dismissal or name spoken for
 * the worker's good, threats someone else made, a threat verb in the passive voice (being killed in a game, in fear);
 * and the same words where they are an attack.
 */
class GoodsAndGoodwillTest {
    private static final TextAnalyzer ANALYZER = TextAnalyzer.of(TestLexicon.of(
            "包丁|ナイフ…カウンターに置	THREAT_TO_LIFE	ja	客はナイフをカウンターに置いた	test",
            "包丁|ナイフ…突きつけ	THREAT_TO_LIFE	ja	包丁を突きつけた	test",
            "包丁|ナイフ…振り回	THREAT_TO_LIFE	ja	包丁を振り回した	test",
            "knife…on the counter	THREAT_TO_LIFE	en	He put a knife on the counter	test",
            "辞めさせる	STAFF_TARGETING	ja	お前を辞めさせるからな	test",
            "名札の番号	STAFF_TARGETING	ja	名札の番号を控えた	test",
            "名前、フルネーム	STAFF_TARGETING	ja	名前、フルネームで教えて	test",
            "燃やしてやる	THREAT_TO_LIFE	ja	燃やしてやる	test",
            "土下座しろ	KNEELING	ja	土下座しろ	test",
            "who'll be waiting for him	THREAT_TO_LIFE	en	who'll be waiting for him	test"));

    private static List<TextSignal> customer(String text) {
        return ANALYZER.analyze(new TextInput(0, text, null, Speaker.CUSTOMER));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "お客様はタオルに包んだ当店の三徳包丁（11月29日購入）をカウンターに置き、刃が抜けたと説明された。",
        "買ったばかりのナイフをカウンターに置いて、柄が外れたと見せてくれた。",
        "お客様は新聞紙に包んだ出刃包丁をカウンターに置いて包みを開き、柄が縦に割れている部分を見せながら説明された。",
        "She placed the knife on the counter and showed us where the handle had cracked.",
        "男性のお客様がタオルにくるんだ包丁をサービスカウンターに置かれた。11月末に当店で購入した三徳包丁で、刃が柄から抜けたとのこと。",
        "あの子辞めさせたらガチで許さんからね🔥",
        "あの人を辞めさせたりしたら、常連一同悲しみます。",
        "名札の番号、メモしました！ 32番の方、本当にありがとう。本社にお礼のメールを送ります。",
        "あなたのお名前、フルネームで教えてください。……覚えておきますから。（理由を尋ねると）本社のお客様窓口に書くときに必要なので。",
        "配達員さんに「次は荷物ごと燃やしてやる」と言っていたのは隣の部屋の人です。私ではありません。",
        "「土下座しろ」と店長に詰め寄っていたお客を、若い店員さんが一人で対応していました。"})
    void goodsGoodwillAndOthersWordsAreNoEvidence(String text) {
        assertThat(customer(text)).isNotEmpty().allSatisfy(s -> assertThat(s.isEvidence()).isFalse());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "客は上着からナイフを出し、カウンターに置いて返金を迫った。",
        "客は上着からナイフを出し、カウンターに置いた。そして購入した商品を全部返品しろと言った。",
        "客はナイフをカウンターに置いた。ナイフに手を添えたまま、先週購入したテレビの返金を要求した。",
        "客はナイフをカウンターに置いた。「このナイフはお前みたいな奴のために買ったんだ」と言った。",
        "客：包丁をカウンターに置いたぞ\n店員：その包丁は当店でご購入のものですか？",
        "当店で買った包丁を突きつけて返金しろと言った。",
        "柄が割れたと言って、包丁を店員に向けて振り回した。",
        "あの店員を辞めさせたら許してやる。",
        "あいつを辞めさせろ、辞めさせるまで帰らん。",
        "名前、フルネームで教えろ。覚えとくからな。",
        "You never know who'll be waiting for him at the depot one night."})
    void theSameWordsAsAnAttackStayEvidence(String text) {
        assertThat(customer(text)).anySatisfy(s -> assertThat(s.isEvidence()).isTrue());
    }
}
