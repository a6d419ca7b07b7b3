// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

/**
 * The guideline catalogue as data: the behaviours, demand types, recommended actions and public sources that
 * Kasuhara's rules cite, with their Japanese and English names.
 *
 * <p>The default catalogue ({@link org.kasuhara.catalogue.GuidelineCatalogue#defaults()}) is read from
 * {@code catalogue.yaml} next to this package on the classpath. Loading is strict: every enum value of
 * {@link org.kasuhara.model.Behaviour}, {@link org.kasuhara.model.DemandType} and
 * {@link org.kasuhara.model.ActionType} must be described exactly once, unknown fields are errors, and every
 * citation must name a known source, so a broken data file fails at start-up rather than producing uncited
 * verdicts. Nothing in the catalogue is legal advice.
 */
package org.kasuhara.catalogue;
