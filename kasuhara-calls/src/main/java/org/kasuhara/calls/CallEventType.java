// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.calls;

/** The kinds of CRM call event the monitor reads. */
public enum CallEventType {
    /** A call was answered. */
    STARTED,
    /** A call ended. */
    ENDED,
    /** A chunk of a running call's transcript (speech to text), in order of {@code seq}. */
    TRANSCRIPT
}
