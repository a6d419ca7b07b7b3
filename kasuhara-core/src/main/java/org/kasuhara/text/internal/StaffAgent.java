// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.text.internal;

/**
 * In a staff member's narrative, a quotation received from a member of staff: the customer reported what an employee
 * said to them (「担当オペレーターから『何回言えば分かるんですか』と言われたとの申し出」, 「店員さんに『邪魔だ』と言われた
 * そうです」). The passive's agent — a staff noun marked by から, に or より just before the quotation — is the speaker,
 * so the words are not the customer's. 「客に『バカ』と言われた」 names the customer as the agent and stays evidence.
 */
final class StaffAgent {
    /** How far before the opening mark the agent may stand. */
    static final int REACH = 16;

    private static final Phrases STAFF = Phrases.of("店員", "スタッフ", "従業員", "社員", "配達員", "ドライバー", "運転手",
            "係員", "係の人", "担当者", "担当", "オペレーター", "店長", "警備員", "受付", "職員", "駅員", "乗務員", "看護師",
            "医師", "講師", "先生", "窓口の人", "集金人", "作業員", "営業");
    private static final Phrases HONORIFIC = Phrases.of("さん", "の方", "の人", "の男性", "の女性");
    private static final Phrases AGENT = Phrases.of("から", "より", "に");

    private StaffAgent() {
    }

    /**
     * Whether a member of staff said the quotation to the customer.
     *
     * @param text  normalised text
     * @param quote {open, close} offsets of the quotation marks
     * @return {@code true} when a staff agent comes right before it and a passive of receipt right after it
     */
    static boolean spokeQuote(String text, int[] quote) {
        // a list of quotations shares the agent before the first and the verb after the last
        if (!AttributionDetector.receivedAfterList(text, quote[1])) {
            return false;
        }
        int open = AttributionDetector.quoteListStart(text, quote[0]);
        for (int at = Math.max(0, open - REACH); at < open; at++) {
            if (CharClasses.isSentenceEnd(text.charAt(at))) {
                continue;
            }
            int noun = STAFF.matchAt(text, at);
            if (noun > 0 && agentMarkerAt(text, at + noun, open)) {
                return true;
            }
        }
        return false;
    }

    private static boolean agentMarkerAt(String text, int at, int openMark) {
        int from = at + Math.max(0, HONORIFIC.matchAt(text, at));
        int marker = AGENT.matchAt(text, from);
        if (marker <= 0) {
            return false;
        }
        int end = from + marker;
        for (int k = end; k < openMark; k++) {
            if (CharClasses.isSentenceEnd(text.charAt(k)) || text.charAt(k) == '」') {
                return false; // the agent belongs to another sentence or another quotation
            }
        }
        return openMark - end <= 6; // 「担当者から急に『…』」: a few characters of adverb at most
    }
}
