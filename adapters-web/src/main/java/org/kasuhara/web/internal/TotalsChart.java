// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.web.internal;

import java.util.Map;
import org.kasuhara.model.Verdict;
import org.kasuhara.cases.store.MonthlyTotals;

/**
 * The month's cases by verdict as an inline SVG bar chart (no script, no external file, allowed by the CSP),
 * with a title and a text alternative for screen readers.
 */
final class TotalsChart {
    private static final int WIDTH = 480;
    private static final int BAR = 28;
    private static final int LABEL = 190;

    private TotalsChart() {
    }

    static String svg(MonthlyTotals totals, Messages m) {
        Map<Verdict, Long> counts = totals.byVerdict();
        long max = Math.max(1, counts.values().stream().mapToLong(Long::longValue).max().orElse(1));
        Verdict[] verdicts = Verdict.values();
        int height = verdicts.length * (BAR + 10) + 10;
        StringBuilder alt = new StringBuilder();
        StringBuilder bars = new StringBuilder();
        int y = 10;
        for (Verdict v : verdicts) {
            long n = counts.getOrDefault(v, 0L);
            String label = m.get("verdict." + v.name());
            int w = (int) ((WIDTH - LABEL - 50) * n / max);
            String colour = switch (v) {
                case LEGITIMATE_COMPLAINT -> "#0b57a4";
                case NEEDS_REVIEW -> "#7a5a00";
                case CUSTOMER_HARASSMENT -> "#a40e26";
            };
            bars.append("<text x=\"0\" y=\"").append(y + 19).append("\">").append(Html.escape(label)).append("</text>")
                    .append("<rect x=\"").append(LABEL).append("\" y=\"").append(y).append("\" width=\"").append(w)
                    .append("\" height=\"").append(BAR).append("\" fill=\"").append(colour).append("\"/>")
                    .append("<text x=\"").append(LABEL + w + 6).append("\" y=\"").append(y + 19).append("\">")
                    .append(n).append("</text>");
            alt.append(label).append(' ').append(n).append("; ");
            y += BAR + 10;
        }
        String title = m.get("staff.totals") + " " + totals.month() + ": " + alt;
        return "<svg class=\"chart\" role=\"img\" aria-labelledby=\"chart-title\" width=\"" + WIDTH + "\" height=\""
                + height + "\" viewBox=\"0 0 " + WIDTH + " " + height + "\" xmlns=\"http://www.w3.org/2000/svg\">"
                + "<title id=\"chart-title\">" + Html.escape(title) + "</title>" + bars + "</svg>";
    }
}
