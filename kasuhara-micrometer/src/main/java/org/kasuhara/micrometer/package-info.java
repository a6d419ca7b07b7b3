/**
 * Micrometer meters and observations for Kasuhara: assessments by verdict and their latency, rule reloads and
 * rejections, case intake and reports due or overdue. Start from {@link org.kasuhara.micrometer.KasuharaMeters}.
 *
 * <p>Meters carry no personal data: tags are verdicts, outcomes and rule-set names only.
 */
package org.kasuhara.micrometer;
