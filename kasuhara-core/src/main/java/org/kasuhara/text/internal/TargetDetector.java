// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.text.internal;

import java.util.List;
import java.util.Set;
import org.kasuhara.text.SignalCategory;
import org.kasuhara.text.Target;

/**
 * Whom a signal is aimed at: the speaker themself for self-reproach ({@link SelfReference}), else the nearest cue in the same sentence, at most {@value #REACH} characters either side
 * (the counter before the organisation before a member of staff when two cues are equally near), else a default by
 * category (a threat to post online is aimed at the organisation, singling out is aimed at an employee).
 */
final class TargetDetector {
    static final int REACH = 40;

    private static final Phrases JA_COUNTER = Phrases.of("この窓口", "相談窓口", "窓口", "受付センター", "コールセンター",
            "お客様センター", "ハラスメント窓口", "相談室", "カスタマーセンター");
    private static final Phrases JA_ORGANISATION = Phrases.of("御社", "貴社", "お宅", "おたく", "会社", "この店", "お店",
            "店舗", "本社", "企業", "ブランド", "店ごと", "店を", "店の", "店に", "店は");
    private static final Phrases JA_EMPLOYEE = Phrases.of("お前", "おまえ", "あんた", "てめえ", "てめぇ", "貴様", "きさま",
            "店員", "従業員", "スタッフ", "担当者", "担当", "オペレーター", "社員", "バイト", "店長", "さん", "君", "くん", "ちゃん",
            "係の", "あいつ", "こいつ", "そいつ", "家族");
    private static final Set<String> EN_COUNTER = Set.of("hotline", "helpline", "counter", "desk");
    private static final Set<String> EN_ORGANISATION = Set.of("company", "store", "shop", "brand", "business",
            "restaurant", "hotel", "firm", "chain", "branch", "corporation", "bank");
    private static final Set<String> EN_EMPLOYEE = Set.of("you", "your", "clerk", "cashier", "employee", "staff",
            "waiter", "waitress", "driver", "operator", "agent", "manager", "girl", "boy", "guy", "her", "him",
            "she", "he", "worker", "family", "kids", "wife", "husband");

    /** What a threat to post exposes when it is a person: 「顔と名前を晒す」, 「勤務時間も晒したろか」, "posting her face". */
    private static final Phrases JA_PERSONAL = Phrases.of("顔", "名前", "実名", "フルネーム", "名札", "勤務時間", "シフト",
            "住所", "自宅", "家族");
    private static final Set<String> EN_PERSONAL = Set.of("face", "faces", "name", "names", "her", "his", "him",
            "badge", "shift", "shifts", "address", "home");

    private TargetDetector() {
    }

    static Target target(String text, Candidate match) {
        if (SelfReference.aimsAtSpeaker(text, match)) {
            return Target.SELF;
        }
        int[] sentence = CharClasses.sentenceAround(text, match.start(), match.end(), REACH);
        if (match.category() == SignalCategory.SNS_THREAT && exposesPerson(text, sentence[0], match.end())) {
            return Target.EMPLOYEE; // a person is exposed, whatever organisation the sentence also names
        }
        Target best = Target.UNKNOWN;
        int bestDistance = Integer.MAX_VALUE;
        for (int at = sentence[0]; at < sentence[1]; at++) {
            if (at >= match.start() && at < match.end()) {
                continue;
            }
            Target cue = cueAt(text, at);
            int distance = at < match.start() ? match.start() - at : at - match.end();
            if (cue != null && (distance < bestDistance || (distance == bestDistance && cue.ordinal() < best.ordinal()))) {
                best = cue;
                bestDistance = distance;
            }
        }
        return best != Target.UNKNOWN ? best : byCategory(match.category());
    }

    private static Target cueAt(String text, int at) {
        if (JA_COUNTER.matchAt(text, at) > 0) {
            return Target.COUNTER;
        }
        if (JA_ORGANISATION.matchAt(text, at) > 0) {
            return Target.ORGANISATION;
        }
        if (JA_EMPLOYEE.matchAt(text, at) > 0) {
            return Target.EMPLOYEE;
        }
        if (!CharClasses.isLatinWordChar(text.charAt(at)) || (at > 0 && CharClasses.isLatinWordChar(text.charAt(at - 1)))) {
            return null;
        }
        List<String> word = EnglishWords.after(text, at, 1, true);
        if (word.isEmpty()) {
            return null;
        }
        String w = word.get(0);
        if (EN_COUNTER.contains(w)) {
            return Target.COUNTER;
        }
        if (EN_ORGANISATION.contains(w)) {
            return Target.ORGANISATION;
        }
        return EN_EMPLOYEE.contains(w) ? Target.EMPLOYEE : null;
    }

    private static boolean exposesPerson(String text, int from, int to) {
        for (int at = from; at < to; at++) {
            if (JA_PERSONAL.matchAt(text, at) > 0 && !organisationBefore(text, at)) {
                return true;
            }
            if (CharClasses.isLatinWordChar(text.charAt(at)) && (at == 0 || !CharClasses.isLatinWordChar(text.charAt(at - 1)))) {
                List<String> word = EnglishWords.after(text, at, 1, true);
                if (!word.isEmpty() && EN_PERSONAL.contains(word.get(0))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** 「店の名前」, 「会社の住所」: the organisation's own name or address is no person's. */
    private static boolean organisationBefore(String text, int at) {
        for (int k = Math.max(0, at - 4); k < at; k++) {
            if (JA_ORGANISATION.matchAt(text, k) > 0 || JA_COUNTER.matchAt(text, k) > 0) {
                return true;
            }
        }
        return false;
    }

    private static Target byCategory(SignalCategory category) {
        return switch (category) {
            case SNS_THREAT, COMPENSATION_DEMAND, LEGAL_RECOURSE -> Target.ORGANISATION;
            case STAFF_TARGETING, KNEELING, SEXUAL, FILMING, VIOLENCE -> Target.EMPLOYEE;
            default -> Target.UNKNOWN;
        };
    }
}
