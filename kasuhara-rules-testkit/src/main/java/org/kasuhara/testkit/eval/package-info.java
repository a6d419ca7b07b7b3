// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

/**
 * Measuring the text analyser against labelled sentences: a {@link org.kasuhara.testkit.eval.LabelledCorpus} read
 * from a TSV file, and an {@link org.kasuhara.testkit.eval.Evaluation} that reports precision and recall per signal
 * category, overall, at the sentence level, and the false-positive rate on legitimate complaints. Used by
 * {@code kasuhara eval text} and by the tests that keep the figures honest.
 */
package org.kasuhara.testkit.eval;
