// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

/**
 * Text signals: finds behaviour signals (insults, threats, kneeling demands, legal recourse…) in what a customer
 * said or wrote, or in a staff narrative of it, with evidence spans that index the original text.
 *
 * <p>The public API is small: a {@link org.kasuhara.text.Lexicon} loaded from the TSV data files a compliance team
 * edits, and a {@link org.kasuhara.text.TextAnalyzer} built from it with
 * {@link org.kasuhara.text.TextAnalyzer#of(Lexicon)}. Everything in {@code org.kasuhara.text.internal} is
 * implementation and may change at any time.
 */
package org.kasuhara.text;
