// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.calls;

/** Receives the monitor's alerts (and, optionally, anomalies). Called on the thread that fed the monitor. */
@FunctionalInterface
public interface CallMonitorListener {
    /**
     * An alert was raised. Must not block for long: hand slow work (a webhook) to another thread.
     *
     * @param alert the alert
     */
    void onAlert(CallAlert alert);

    /**
     * Input the monitor did not take as it came; by default ignored (it is counted either way).
     *
     * @param report what and where
     */
    default void onAnomaly(AnomalyReport report) {
    }
}
