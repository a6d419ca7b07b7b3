// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.text.internal;

import java.util.List;
import org.kasuhara.text.SignalCategory;

/**
 * Filming asked for is not filming without consent: 「ラベルだけ写真に撮らせてもらってもいいですか」, "May I take a photo
 * of the label?". A permission question right after the filming term (てもいいですか, てもよろしいでしょうか) or before it
 * (may I, can I, is it OK if I, in a sentence ending with a question mark) makes the signal no evidence; "I'm filming
 * you whether you like it or not" and "May I remind you I will film this." stay evidence.
 */
final class AskedConsent {
    /** At most this many hiragana of verb ending between the term and the question. */
    static final int JA_GAP = 8;
    /** At most this many words between the question and the term. */
    static final int EN_WORDS = 4;

    private static final Phrases JA_QUESTION = Phrases.of("てもいいですか", "てもよろしいですか", "てもいいでしょうか",
            "てもよろしいでしょうか", "ても構いませんか", "てもかまいませんか", "ていいですか", "ていいでしょうか",
            "てもいい?", "てもいいかな", "てもいいですかね", "ても大丈夫ですか", "ても大丈夫でしょうか");
    private static final int LONGEST_QUESTION = 4;
    private static final List<List<String>> EN_QUESTIONS = List.of(List.of("may", "i"), List.of("can", "i"),
            List.of("could", "i"), List.of("ok", "if", "i"), List.of("okay", "if", "i"), List.of("mind", "if", "i"),
            List.of("alright", "if", "i"), List.of("all", "right", "if", "i"));

    private AskedConsent() {
    }

    /** Whether a filming term is asked permission for. */
    static boolean isAsked(String text, Candidate match) {
        if (match.category() != SignalCategory.FILMING) {
            return false;
        }
        for (int at = match.end(); at <= match.end() + JA_GAP && at < text.length(); at++) {
            if (JA_QUESTION.matchAt(text, at) > 0) {
                return true;
            }
            if (!CharClasses.isHiragana(text.charAt(at))) {
                break; // only the verb's ending may stand between: 撮らせてもらってもいいですか
            }
        }
        if (!questionMarkAfter(text, match.end())) {
            return false; // "May I remind you I will film this." is no question
        }
        List<String> before = EnglishWords.before(text, match.start(), EN_WORDS + LONGEST_QUESTION, false);
        for (List<String> question : EN_QUESTIONS) {
            if (endsWithin(before, question)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the sentence of {@code from} ends with a question mark. */
    private static boolean questionMarkAfter(String text, int from) {
        for (int at = from; at < text.length(); at++) {
            char c = text.charAt(at);
            if (c == '?' || c == '\uFF1F') {
                return true;
            }
            if (CharClasses.isSentenceEnd(c)) {
                return false;
            }
        }
        return false;
    }

    /** Whether the words nearest first hold the question, in reading order, among the nearest few. */
    private static boolean endsWithin(List<String> nearestFirst, List<String> question) {
        for (int k = question.size() - 1; k < Math.min(nearestFirst.size(), EN_WORDS + question.size()); k++) {
            boolean all = true;
            for (int q = 0; q < question.size() && all; q++) {
                all = nearestFirst.get(k - q).equals(question.get(q));
            }
            if (all) {
                return true;
            }
        }
        return false;
    }
}
