// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cases.report;

/**
 * The applicant as the organisation may see them. Name, phone, e-mail and customer reference hold the value only
 * when the applicant consented to sharing it ({@code consentToShare}); otherwise the language's withheld mark, and
 * {@code null} when the applicant gave none.
 *
 * @param anonymous      whether the applicant chose to stay anonymous ({@code null}: not said)
 * @param name           the name, the withheld mark, or {@code null}
 * @param phone          the phone number, the withheld mark, or {@code null}
 * @param email          the e-mail address, the withheld mark, or {@code null}
 * @param customerRef    the organisation's customer reference, the withheld mark, or {@code null}
 * @param wantsFeedback  whether the applicant wants feedback ({@code null}: not said)
 * @param consentToShare whether the applicant consented to sharing their personal data with the organisation
 */
public record ReportApplicant(Boolean anonymous, String name, String phone, String email, String customerRef,
                              Boolean wantsFeedback, boolean consentToShare) {
}
