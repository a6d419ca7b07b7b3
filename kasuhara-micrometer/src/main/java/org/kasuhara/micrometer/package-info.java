// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

/**
 * Micrometer meters and observations for Kasuhara: assessments by verdict and their latency, rule reloads and
 * rejections, case intake and reports due or overdue. Start from {@link org.kasuhara.micrometer.KasuharaMeters}.
 *
 * <p>Observations (spans through a tracing bridge such as OpenTelemetry's) surround each assessment and rule reload;
 * {@link org.kasuhara.micrometer.KasuharaObservation} documents their names and key values.
 *
 * <p>Meters and observations carry no personal data: tags and key values are verdicts, channels, outcomes and
 * rule-set names and versions only.
 */
package org.kasuhara.micrometer;
