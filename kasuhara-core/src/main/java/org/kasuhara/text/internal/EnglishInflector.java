// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.text.internal;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * A small rule-based English lemmatiser run backwards: from one word of a lexicon term it generates every form the
 * word takes in a text ("kill" → kills, killed, killing; "threw" → throw, throws, thrown, throwing; "punching" →
 * punch, punched…). Generating forms from a lexicon of a few hundred terms is exact and cheap, where lemmatising
 * every word of every text would need a dictionary to choose between candidate stems.
 *
 * <p>Regular verbs and nouns follow the spelling rules (e-drop, y → ie, doubled final consonant, -es after
 * sibilants); the irregular verbs that occur in complaints are listed. Over-generation ("fat" → "fatting") is
 * harmless: such strings never occur in real text.
 */
final class EnglishInflector {
    /** Irregular verbs: base form → the other forms. */
    private static final Map<String, String[]> IRREGULAR = Map.ofEntries(
            Map.entry("hit", new String[] {"hits", "hitting"}),
            Map.entry("strike", new String[] {"strikes", "struck", "striking", "stricken"}),
            Map.entry("throw", new String[] {"throws", "threw", "thrown", "throwing"}),
            Map.entry("spit", new String[] {"spits", "spat", "spitting"}),
            Map.entry("shoot", new String[] {"shoots", "shot", "shooting"}),
            Map.entry("beat", new String[] {"beats", "beaten", "beating"}),
            Map.entry("bite", new String[] {"bites", "bit", "bitten", "biting"}),
            Map.entry("break", new String[] {"breaks", "broke", "broken", "breaking"}),
            Map.entry("fight", new String[] {"fights", "fought", "fighting"}),
            Map.entry("hurt", new String[] {"hurts", "hurting"}),
            Map.entry("cut", new String[] {"cuts", "cutting"}),
            Map.entry("find", new String[] {"finds", "found", "finding"}),
            Map.entry("know", new String[] {"knows", "knew", "known", "knowing"}),
            Map.entry("catch", new String[] {"catches", "caught", "catching"}),
            Map.entry("take", new String[] {"takes", "took", "taken", "taking"}),
            Map.entry("get", new String[] {"gets", "got", "gotten", "getting"}),
            Map.entry("make", new String[] {"makes", "made", "making"}),
            Map.entry("tell", new String[] {"tells", "told", "telling"}),
            Map.entry("say", new String[] {"says", "said", "saying"}),
            Map.entry("go", new String[] {"goes", "went", "gone", "going"}),
            Map.entry("see", new String[] {"sees", "saw", "seen", "seeing"}),
            Map.entry("leave", new String[] {"leaves", "left", "leaving"}),
            Map.entry("shake", new String[] {"shakes", "shook", "shaken", "shaking"}),
            Map.entry("swear", new String[] {"swears", "swore", "sworn", "swearing"}),
            Map.entry("tear", new String[] {"tears", "tore", "torn", "tearing"}),
            Map.entry("write", new String[] {"writes", "wrote", "written", "writing"}),
            Map.entry("kneel", new String[] {"kneels", "knelt", "kneeled", "kneeling"}),
            Map.entry("sit", new String[] {"sits", "sat", "sitting"}),
            Map.entry("stand", new String[] {"stands", "stood", "standing"}),
            Map.entry("hold", new String[] {"holds", "held", "holding"}),
            Map.entry("give", new String[] {"gives", "gave", "given", "giving"}),
            Map.entry("send", new String[] {"sends", "sent", "sending"}),
            Map.entry("bring", new String[] {"brings", "brought", "bringing"}),
            Map.entry("stick", new String[] {"sticks", "stuck", "sticking"}),
            Map.entry("grab", new String[] {"grabs", "grabbed", "grabbing"}),
            Map.entry("slap", new String[] {"slaps", "slapped", "slapping"}),
            Map.entry("stab", new String[] {"stabs", "stabbed", "stabbing"}),
            Map.entry("slam", new String[] {"slams", "slammed", "slamming"}),
            Map.entry("die", new String[] {"dies", "died", "dying"}));
    private static final Map<String, String> IRREGULAR_LEMMA = reverse();

    private EnglishInflector() {
    }

    /**
     * Every form of the word, itself included: the forms of its possible lemmas.
     *
     * @param word a lower-case word
     * @return the forms, the word first
     */
    static Set<String> forms(String word) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(word);
        for (String lemma : lemmas(word)) {
            forms.add(lemma);
            String[] irregular = IRREGULAR.get(lemma);
            if (irregular != null) {
                forms.addAll(Set.of(irregular));
            } else {
                regularForms(lemma, forms);
            }
        }
        return forms;
    }

    private static Set<String> lemmas(String word) {
        Set<String> lemmas = new LinkedHashSet<>();
        String irregular = IRREGULAR_LEMMA.get(word);
        lemmas.add(irregular != null ? irregular : word);
        if (irregular != null || word.length() < 5) {
            return lemmas;
        }
        for (String suffix : new String[] {"ing", "ed"}) {
            if (word.endsWith(suffix) && word.length() - suffix.length() >= 3) {
                String stem = word.substring(0, word.length() - suffix.length());
                lemmas.add(stem);
                lemmas.add(stem + "e");
                int n = stem.length();
                if (stem.charAt(n - 1) == stem.charAt(n - 2)) {
                    lemmas.add(stem.substring(0, n - 1)); // stabbed → stab
                }
                if (suffix.equals("ed") && stem.endsWith("i")) {
                    lemmas.add(stem.substring(0, n - 1) + "y"); // harried → harry
                }
            }
        }
        return lemmas;
    }

    private static void regularForms(String lemma, Set<String> forms) {
        int n = lemma.length();
        char last = lemma.charAt(n - 1);
        boolean consonantY = last == 'y' && n > 1 && !isVowel(lemma.charAt(n - 2));
        if (consonantY) {
            String stem = lemma.substring(0, n - 1);
            forms.add(stem + "ies");
            forms.add(stem + "ied");
            forms.add(lemma + "ing");
            return;
        }
        boolean sibilant = lemma.endsWith("s") || lemma.endsWith("x") || lemma.endsWith("z") || lemma.endsWith("ch")
                || lemma.endsWith("sh");
        forms.add(lemma + (sibilant ? "es" : "s"));
        if (last == 'e') {
            String stem = lemma.substring(0, n - 1);
            forms.add(lemma + "d");
            forms.add(lemma.endsWith("ee") ? lemma + "ing" : stem + "ing");
            return;
        }
        forms.add(lemma + "ed");
        forms.add(lemma + "ing");
        if (n >= 3 && !isVowel(last) && last != 'w' && last != 'x' && last != 'y' && isVowel(lemma.charAt(n - 2))
                && !isVowel(lemma.charAt(n - 3))) {
            forms.add(lemma + last + "ed"); // slap → slapped
            forms.add(lemma + last + "ing");
        }
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }

    private static Map<String, String> reverse() {
        java.util.HashMap<String, String> map = new java.util.HashMap<>();
        IRREGULAR.forEach((lemma, forms) -> {
            for (String form : forms) {
                map.putIfAbsent(form, lemma);
            }
        });
        return Map.copyOf(map);
    }
}
