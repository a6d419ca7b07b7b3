// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cases.report.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A horizontal bar chart drawn with table cells and CSS widths: it prints, and renders in the PDF, the same as in a
 * browser, with no SVG or chart library. Each bar's length is its share of the largest value.
 */
final class BarChart {
    private final Map<String, Long> bars = new LinkedHashMap<>();

    BarChart bar(String label, long value) {
        bars.merge(label, value, Long::sum);
        return this;
    }

    boolean isEmpty() {
        return bars.isEmpty();
    }

    /** Writes the chart as a table: label, bar, value. */
    void writeTo(Html html, String labelHeading, String countHeading) {
        long max = bars.values().stream().mapToLong(Long::longValue).max().orElse(0);
        html.raw("<table class=\"chart\">\n").cells("th", labelHeading, "", countHeading);
        for (Map.Entry<String, Long> bar : bars.entrySet()) {
            long percent = max == 0 ? 0 : Math.round(100.0 * bar.getValue() / max);
            html.raw("<tr><td>").text(bar.getKey()).raw("</td><td style=\"width: 55%\">");
            if (percent > 0) {
                html.raw("<div class=\"bar\" style=\"width: " + percent + "%\"></div>");
            }
            html.raw("</td><td class=\"num\">" + bar.getValue() + "</td></tr>\n");
        }
        html.raw("</table>\n");
    }
}
