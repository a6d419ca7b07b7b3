package org.kasuhara.cases.store;

/** What an {@link AuditEntry} records. */
public enum AuditAction {
    /** The case was stored and a receipt number issued. */
    RECEIVED,
    /** The same case id was submitted again; the original was kept and its receipt returned. */
    RESUBMITTED,
    /** An assessment was appended. */
    ASSESSED,
    /** The case was reported to the organisation. */
    REPORTED,
    /** The case was closed. */
    CLOSED,
    /** The case was part of an applicant's data export. */
    EXPORTED,
    /** Personal data was removed under the retention policy. */
    PURGED
}
