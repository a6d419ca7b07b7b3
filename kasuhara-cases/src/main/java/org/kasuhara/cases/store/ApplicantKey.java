// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cases.store;

import java.util.Locale;

/**
 * Identifies one applicant for a data export: any of the given fields matching selects a case. E-mail addresses
 * match case-insensitively, phone numbers by their digits alone ({@code 090-1234-5678} = {@code 09012345678}).
 * {@link #toString()} never prints the values.
 *
 * @param email       the applicant's e-mail address, or {@code null}
 * @param phone       the applicant's phone number, or {@code null}
 * @param customerRef the organisation's reference for the applicant, or {@code null}
 */
public record ApplicantKey(String email, String phone, String customerRef) {
    /** Checks that at least one field is given. */
    public ApplicantKey {
        email = blankToNull(email);
        phone = blankToNull(phone);
        customerRef = blankToNull(customerRef);
        if (email == null && phone == null && customerRef == null) {
            throw new IllegalArgumentException("an applicant key needs an e-mail address, a phone number or a "
                    + "customer reference");
        }
    }

    /** @param value an e-mail address or {@code null} @return the form compared: trimmed, lower case */
    public static String normalEmail(String value) {
        return value == null || value.isBlank() ? null : value.strip().toLowerCase(Locale.ROOT);
    }

    /** @param value a phone number or {@code null} @return its digits, or {@code null} when it has none */
    public static String normalPhone(String value) {
        if (value == null) {
            return null;
        }
        String digits = value.replaceAll("[^0-9]", "");
        return digits.isEmpty() ? null : digits;
    }

    /**
     * @param email       a case's applicant e-mail, or {@code null}
     * @param phone       its phone, or {@code null}
     * @param customerRef its customer reference, or {@code null}
     * @return {@code true} when any given field of this key matches
     */
    public boolean matches(String email, String phone, String customerRef) {
        return (this.email != null && normalEmail(this.email).equals(normalEmail(email)))
                || (this.phone != null && normalPhone(this.phone) != null
                    && normalPhone(this.phone).equals(normalPhone(phone)))
                || (this.customerRef != null && this.customerRef.equals(customerRef));
    }

    @Override
    public String toString() {
        return "ApplicantKey[email=" + (email == null ? "-" : "<given>") + ", phone=" + (phone == null ? "-"
                : "<given>") + ", customerRef=" + (customerRef == null ? "-" : "<given>") + "]";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
