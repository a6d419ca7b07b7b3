// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.calls;

/** What a live alert is about. */
public enum AlertKind {
    /** A running call approaches the confinement line (policy {@code confinementWarningMinutes}). */
    CONFINEMENT_APPROACHING,
    /** A call reached the confinement line (policy {@code confinementMinutes}): end it after a warning. */
    CONFINEMENT_REACHED,
    /** The caller reached the repeat line on one matter within the window (policy {@code repeatContacts}). */
    REPEAT_REACHED,
    /** The caller keeps calling off hours (policy {@code offHoursStart}/{@code offHoursEnd}). */
    OFF_HOURS_PATTERN,
    /** A transcript chunk holds abusive or threatening words (the rule set's lexicons). */
    ABUSIVE_TEXT
}
