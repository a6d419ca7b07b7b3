// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.benchmarks;

import java.util.List;
import java.util.Locale;
import org.kasuhara.text.Lexicon;
import org.kasuhara.text.LexiconEntry;
import org.kasuhara.text.SignalCategory;
import org.kasuhara.text.TextAnalyzer;

/**
 * Heap and time taken by loading the Kuromoji dictionary: builds an analyser from a one-term Japanese lexicon (which
 * tokenizes the term, so loads the dictionary) in a fresh JVM, and prints the used heap after a full GC before and
 * after, and the time it took.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.kasuhara.benchmarks.DictionaryFootprint</pre>
 */
public final class DictionaryFootprint {
    private DictionaryFootprint() {
    }

    /**
     * Measures once.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        long before = usedAfterGc();
        long start = System.nanoTime();
        TextAnalyzer analyzer = TextAnalyzer.of(Lexicon.of(List.of(new LexiconEntry("殺す", SignalCategory.THREAT_TO_LIFE,
                "ja", "殺すぞ", "", "code", 0))));
        long loaded = System.nanoTime();
        long after = usedAfterGc();
        System.out.printf(Locale.ROOT, "dictionaryLoadMs=%.0f heapBeforeMiB=%.1f heapAfterMiB=%.1f dictionaryMiB=%.1f%n",
                (loaded - start) / 1e6, before / 1048576.0, after / 1048576.0, (after - before) / 1048576.0);
        if (analyzer.hashCode() == 42) {
            System.out.println(); // keep the analyser reachable until after the measurement
        }
    }

    private static long usedAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
