// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.rules.calls;

import java.util.ArrayList;
import java.util.List;
import org.kasuhara.calls.AnomalyReport;
import org.kasuhara.calls.CallAlert;
import org.kasuhara.calls.CallMonitorListener;

/** Keeps every alert and anomaly, in order. */
final class RecordingListener implements CallMonitorListener {
    final List<CallAlert> alerts = new ArrayList<>();
    final List<AnomalyReport> anomalies = new ArrayList<>();

    @Override
    public void onAlert(CallAlert alert) {
        alerts.add(alert);
    }

    @Override
    public void onAnomaly(AnomalyReport report) {
        anomalies.add(report);
    }

    List<String> rules() {
        return alerts.stream().map(CallAlert::rule).toList();
    }
}
