// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TermAutomatonTest {

    private static List<String> matches(List<String> patterns, String text) {
        List<String> found = new ArrayList<>();
        TermAutomaton.build(patterns).findAll(text, (p, start, end) ->
                found.add(patterns.get(p) + "@" + start + "-" + end));
        return found;
    }

    @Test
    void findsOverlappingAndNestedTermsInOnePass() {
        assertThat(matches(List.of("he", "she", "his", "hers"), "ushers"))
                .containsExactlyInAnyOrder("she@1-4", "he@2-4", "hers@2-6");
    }

    @Test
    void findsJapaneseTermsThatShareSuffixes() {
        assertThat(matches(List.of("殺す", "殺すぞ", "ぶっ殺"), "ぶっ殺すぞ"))
                .containsExactlyInAnyOrder("ぶっ殺@0-3", "殺す@2-4", "殺すぞ@2-5");
    }

    @Test
    void reportsEveryOccurrenceAfterAFailedPartialMatch() {
        assertThat(matches(List.of("abab", "bab"), "ababab"))
                .containsExactlyInAnyOrder("abab@0-4", "bab@1-4", "abab@2-6", "bab@3-6");
    }

    @Test
    void findsNothingInTextWithoutTerms() {
        assertThat(matches(List.of("kill"), "a perfectly polite message")).isEmpty();
    }

    @Test
    void aSmallAutomatonWithoutTheDenseRootFindsWhatALargeOneFinds() {
        List<String> few = List.of("殺す", "殺すぞ", "ぶっ殺", "he", "hers");
        List<String> many = new ArrayList<>(few);
        for (int i = 0; i < 200; i++) {
            many.add("filler" + (char) ('\u4e00' + i)); // 200 root characters: the dense table
            many.add(String.valueOf((char) ('\u4e00' + i)) + "x");
        }
        String text = "ぶっ殺すぞ、hers と 殺す。ushers";
        List<String> large = matches(many, text);
        large.removeIf(m -> !few.contains(m.substring(0, m.indexOf('@'))));
        assertThat(matches(few, text)).isNotEmpty().containsExactlyElementsOf(large);
    }
}
