// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.text.internal;

/**
 * Words a customer received from someone, as a staff note passes on what the customer said: 「男性に『帰り道に気を
 * つけろよ』と言われたとのこと」, 「『殺すぞ』と怒鳴られたと話された」. The receiving verb followed by a mark of hearsay
 * (とのこと, そうです, と話され, とおっしゃ, と訴え) makes the customer the one who heard the words, not the one who said
 * them. Not when the customer is named before the quotation as the one who spoke (客に, お客様から):
 * 「Aさんが客に『バカ』と言われたとのこと」 is a colleague's report of the customer's words, and stays evidence.
 */
final class Hearsay {
    private static final Phrases RECEIVED = Phrases.of("と言われ", "って言われ", "と怒鳴られ", "って怒鳴られ", "と脅され",
            "と凄まれ", "とすごまれ", "と言い放たれ");
    private static final Phrases HEARSAY = Phrases.of("とのこと", "との事", "そうです", "そうだ", "そうで", "と話され",
            "と話して", "とおっしゃ", "と訴え", "と申し出", "と相談");
    /** The customer as the one who spoke: 客に, お客様から, 利用者に… */
    private static final Phrases CUSTOMER_AGENT = Phrases.of(customerAgents());

    /** At most this many characters of verb ending between the receiving verb and the hearsay. */
    static final int GAP = 4;
    /** How far before the quotation the one who spoke may be named. */
    static final int AGENT_REACH = 12;

    private Hearsay() {
    }

    /** Whether the quotation {@code quote} ({start, end} of its marks) is words the customer reports receiving. */
    static boolean received(String text, int[] quote) {
        int at = quote[1] + 1;
        int verb = RECEIVED.matchAt(text, at);
        if (verb <= 0) {
            return false;
        }
        boolean hearsay = false;
        for (int i = at + verb; i <= at + verb + GAP && i < text.length(); i++) {
            if (HEARSAY.matchAt(text, i) > 0) {
                hearsay = true;
                break;
            }
            if (!CharClasses.isHiragana(text.charAt(i))) {
                break;
            }
        }
        return hearsay && !CUSTOMER_AGENT.occursIn(text, Math.max(0, quote[0] - AGENT_REACH), quote[0]);
    }

    private static String[] customerAgents() {
        java.util.List<String> agents = new java.util.ArrayList<>();
        for (String customer : java.util.List.of("客", "お客様", "お客さん", "顧客", "利用者", "患者", "入居者",
                "保護者", "ご本人", "会員")) {
            agents.add(customer + "に");
            agents.add(customer + "から");
        }
        return agents.toArray(String[]::new);
    }
}
