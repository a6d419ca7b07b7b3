package org.kasuhara.text.internal;

import java.util.List;
import java.util.Set;

/**
 * Finds a third person as the subject of a narrated act in a customer's own text: 「店員が怒鳴った」,
 * 「隣の客が大声で騒いでいた」, "the driver shoved the parcel… and slammed the door". Such a customer describes someone
 * else's conduct, usually the very thing they complain about, so it is not evidence against them.
 *
 * <p>Used only for narrated acts (violence, tone, filming, sexual acts), never for threats or insults: 「店員が
 * 謝らないなら殺すぞ」 names the clerk and is still the customer's threat. A first-person subject between the third
 * person and the match (「店員が来たので私は机を叩いた」) keeps the act the customer's own.
 */
final class ThirdPartyActor {
    static final int JA_WINDOW = 24;
    static final int EN_WORDS = 5;

    private static final Phrases JA_THIRD_PERSON = Phrases.of("店員", "スタッフ", "従業員", "社員", "配達員", "ドライバー",
            "運転手", "係員", "係の人", "担当者", "担当の方", "店長", "警備員", "オペレーター", "受付の人", "レジの人", "客",
            "男性", "女性", "男の人", "女の人", "彼", "彼女", "相手", "方");
    private static final Phrases JA_SUBJECT_PARTICLE = Phrases.of("が", "は", "さんが", "さんは", "たちが", "たちは");
    private static final Phrases JA_FIRST_PERSON = Phrases.of("私", "わたし", "僕", "俺", "自分", "うち");
    private static final Set<String> EN_THIRD_PERSON = Set.of("he", "she", "they", "cashier", "clerk", "staff",
            "employee", "employees", "waiter", "waitress", "driver", "manager", "member", "guard", "agent",
            "operator", "guy", "man", "woman", "lady", "someone", "somebody", "customer", "person", "courier");
    private static final Set<String> EN_FIRST_PERSON = Set.of("i", "we", "i'm", "i've", "i'd", "i'll");

    private ThirdPartyActor() {
    }

    static boolean actsInNarration(String text, int matchStart) {
        return japaneseSubjectBefore(text, matchStart) || englishSubjectBefore(text, matchStart);
    }

    private static boolean japaneseSubjectBefore(String text, int matchStart) {
        boolean thirdPerson = false;
        int limit = Math.max(0, matchStart - JA_WINDOW);
        int from = matchStart;
        while (from > limit && !CharClasses.isSentenceEnd(text.charAt(from - 1))) {
            from--;
        }
        for (int at = from; at < matchStart; at++) {
            int person = JA_THIRD_PERSON.matchAt(text, at);
            if (person > 0 && JA_SUBJECT_PARTICLE.matchAt(text, at + person) > 0) {
                thirdPerson = true;
            } else if (JA_FIRST_PERSON.matchAt(text, at) > 0) {
                thirdPerson = false;
            }
        }
        return thirdPerson;
    }

    private static boolean englishSubjectBefore(String text, int matchStart) {
        List<String> words = EnglishWords.before(text, matchStart, EN_WORDS, true);
        for (String word : words) {
            if (EN_FIRST_PERSON.contains(word)) {
                return false;
            }
            if (EN_THIRD_PERSON.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
