// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.model;

/**
 * The person who complains. Every field is optional: the counter accepts anonymous applicants.
 *
 * <p>{@link #toString()} never prints the name, phone number or e-mail address, so a record that reaches a log
 * by accident leaks no personal data.
 *
 * @param anonymous      whether the applicant asked to stay anonymous
 * @param name           the applicant's name (personal data)
 * @param phone          phone number (personal data)
 * @param email          e-mail address (personal data)
 * @param customerRef    the organisation's own reference (e.g. a CRM id)
 * @param wantsFeedback  whether the applicant wants to hear back
 * @param consentToShare whether personal data may be shared with the organisation
 */
public record Applicant(Boolean anonymous, String name, String phone, String email, String customerRef,
                        Boolean wantsFeedback, Boolean consentToShare) {

    /** An applicant about whom nothing is known. */
    public static final Applicant UNKNOWN = new Applicant(null, null, null, null, null, null, null);

    @Override
    public String toString() {
        return "Applicant[anonymous=" + anonymous + ", name=" + redact(name) + ", phone=" + redact(phone)
                + ", email=" + redact(email) + ", customerRef=" + customerRef + ", wantsFeedback=" + wantsFeedback
                + ", consentToShare=" + consentToShare + "]";
    }

    static String redact(String personal) {
        return personal == null ? "null" : "<redacted>";
    }
}
