// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.text.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The spellings under which a normalised English lexicon term occurs in text: its contractions spelled out or
 * contracted ("i'll kill" = "i will kill"), and each content word in
 * every inflected form ({@link EnglishInflector}: "kill you" = "killed you" = "killing you"). One word is inflected
 * at a time, so a term of five words yields dozens of variants, not thousands.
 *
 * <p>Contractions are also accepted without their apostrophe ("youre", "dont", "wont", "im") where the result is not
 * an ordinary word: "ill", "well", "were", "hell", "shed", "id", "its" stay as they are.
 */
final class EnglishVariants {
    /** contracted form → spelled out. */
    private static final Map<String, String> CONTRACTIONS = Map.ofEntries(
            Map.entry("i'll", "i will"), Map.entry("you'll", "you will"), Map.entry("he'll", "he will"),
            Map.entry("she'll", "she will"), Map.entry("we'll", "we will"), Map.entry("they'll", "they will"),
            Map.entry("i'm", "i am"), Map.entry("you're", "you are"), Map.entry("we're", "we are"),
            Map.entry("they're", "they are"), Map.entry("i've", "i have"), Map.entry("you've", "you have"),
            Map.entry("won't", "will not"), Map.entry("don't", "do not"), Map.entry("can't", "cannot"),
            Map.entry("isn't", "is not"), Map.entry("aren't", "are not"), Map.entry("wasn't", "was not"),
            Map.entry("doesn't", "does not"), Map.entry("didn't", "did not"), Map.entry("wouldn't", "would not"),
            Map.entry("i'd", "i would"), Map.entry("it's", "it is"), Map.entry("that's", "that is"),
            Map.entry("what's", "what is"), Map.entry("who's", "who is"), Map.entry("gonna", "going to"),
            Map.entry("wanna", "want to"));
    /** Both sides of every contraction, padded with spaces as {@link #contractionSpellings} looks for them. */
    private static final String[] PADDED_FORMS = CONTRACTIONS.entrySet().stream()
            .flatMap(c -> java.util.stream.Stream.of(" " + c.getKey() + " ", " " + c.getValue() + " "))
            .toArray(String[]::new);
    private static final Set<String> NOT_WITHOUT_APOSTROPHE = Set.of("ill", "well", "were", "hell", "shed", "id",
            "its", "wed", "cant");
    private static final Set<String> FUNCTION_WORDS = Set.of("i", "you", "me", "my", "your", "he", "she", "him", "her",
            "his", "it", "its", "we", "us", "our", "they", "them", "their", "a", "an", "the", "to", "of", "in", "on",
            "at", "for", "with", "and", "or", "but", "if", "not", "no", "this", "that", "these", "those", "up", "down",
            "out", "off", "over", "back", "there", "here", "what", "who", "how", "all", "will", "would", "can",
            "could", "shall", "should", "may", "might", "must", "do", "does", "did", "am", "is", "are", "was",
            "were", "be", "been", "have", "has", "had", "so", "as", "by", "from", "just", "now", "then", "cannot",
            "going", "want", "gonna", "wanna", "never", "ever", "one", "some", "any", "like", "than", "too", "very");

    private EnglishVariants() {
    }

    /**
     * Every spelling of a normalised term, the term itself first.
     *
     * @param term a normalised English term
     * @return distinct variants
     */
    static Set<String> of(String term) {
        Set<String> variants = new LinkedHashSet<>();
        for (String spelling : contractionSpellings(term)) {
            variants.add(spelling);
            String[] words = spelling.split(" ");
            for (int k = 0; k < words.length; k++) {
                if (FUNCTION_WORDS.contains(words[k]) || words[k].length() < 3 || !isWord(words[k])) {
                    continue;
                }
                for (String form : EnglishInflector.forms(words[k])) {
                    String[] copy = words.clone();
                    copy[k] = form;
                    variants.add(String.join(" ", copy));
                }
            }
        }
        return variants;
    }

    private static List<String> contractionSpellings(String term) {
        if (!anyContraction(" " + term + " ")) {
            return List.of(term); // most terms: nothing below would add a spelling
        }
        List<String> spellings = new ArrayList<>(List.of(term));
        for (Map.Entry<String, String> c : CONTRACTIONS.entrySet()) {
            String contracted = " " + c.getKey() + " ";
            String full = " " + c.getValue() + " ";
            List<String> more = new ArrayList<>();
            for (String s : spellings) {
                String p = " " + s + " ";
                if (p.contains(contracted)) {
                    more.add(p.replace(contracted, full).strip());
                    String bare = c.getKey().replace("'", "");
                    if (!NOT_WITHOUT_APOSTROPHE.contains(bare)) {
                        more.add(p.replace(contracted, " " + bare + " ").strip());
                    }
                } else if (p.contains(full)) {
                    more.add(p.replace(full, contracted).strip());
                }
            }
            spellings.addAll(more);
        }
        return Arrays.asList(new LinkedHashSet<>(spellings).toArray(String[]::new));
    }

    /** Whether a padded term holds a contraction or its spelled-out form (checked before any spelling is made). */
    private static boolean anyContraction(String padded) {
        for (String form : PADDED_FORMS) {
            if (padded.contains(form)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWord(String word) {
        return word.chars().allMatch(ch -> ch >= 'a' && ch <= 'z');
    }
}
