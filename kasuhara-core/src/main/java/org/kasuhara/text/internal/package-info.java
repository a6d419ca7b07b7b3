// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

/**
 * Implementation of the text signals: normalisation with an offset map, multi-term matching, lexicon parsing and
 * the v1 context heuristics (negation, quotation).
 *
 * <p><strong>Not API.</strong> Nothing here is covered by compatibility promises; it may change or disappear in
 * any release. Use {@link org.kasuhara.text.Lexicon} and {@link org.kasuhara.text.TextAnalyzer} instead.
 */
package org.kasuhara.text.internal;
