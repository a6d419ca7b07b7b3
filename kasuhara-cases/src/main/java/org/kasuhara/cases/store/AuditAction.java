// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

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
    PURGED,
    /** Staff confirmed the engine's verdict. */
    VERDICT_CONFIRMED,
    /** Staff corrected the engine's verdict (stored beside it, never over it). */
    VERDICT_CORRECTED,
    /** Staff confirmed an action that needs human confirmation. */
    ACTION_CONFIRMED,
    /** Staff declined an action that needs human confirmation. */
    ACTION_DECLINED
}
