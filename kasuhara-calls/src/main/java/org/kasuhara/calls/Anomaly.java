// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.calls;

/**
 * Input the monitor did not take as it came. Each is counted ({@link MonitorStats#anomalies()}) and reported to
 * listeners; none stops the monitor, and none is counted as a call.
 */
public enum Anomaly {
    /** Not an event: bad JSON, a missing or invalid field. Ignored. */
    MALFORMED,
    /** The same event again (a started or ended already seen, a transcript chunk already analysed). Ignored. */
    DUPLICATE,
    /** An ended that came before its started; held briefly, then applied when the started came. */
    OUT_OF_ORDER,
    /** An ended for a call never started (none came within the allowed clock skew). Ignored. */
    ENDED_WITHOUT_STARTED,
    /** An event whose time is further from the monitor's clock than the allowed skew. Ignored. */
    CLOCK_SKEW,
    /** A transcript chunk for a call the monitor does not know. Ignored. */
    UNKNOWN_CALL,
    /** A call still open after 24 hours: its ended was lost. Closed without a final evaluation. */
    STALE_OPEN_CALL,
    /** A listener threw; the alert was still delivered to the other listeners. */
    LISTENER_FAILED
}
