// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.web.internal;

import java.util.Comparator;
import java.util.List;
import org.kasuhara.model.Finding;

/**
 * A contact's text with the findings' spans marked: the text between and inside the marks is escaped, only the
 * {@code <mark>} elements are markup. Overlapping spans are merged; spans outside the text are ignored.
 */
final class Highlighter {
    private Highlighter() {
    }

    static String highlight(String text, int contact, List<Finding> findings) {
        if (text == null) {
            return "";
        }
        List<Finding> spans = findings.stream()
                .filter(f -> f.span() != null && f.span().contact() == contact && f.span().start() >= 0
                        && f.span().end() <= text.length() && f.span().start() < f.span().end())
                .sorted(Comparator.comparingInt(f -> f.span().start())).toList();
        StringBuilder out = new StringBuilder(text.length() + spans.size() * 40);
        int at = 0;
        int i = 0;
        while (i < spans.size()) {
            Finding first = spans.get(i);
            int start = Math.max(at, first.span().start());
            int end = first.span().end();
            StringBuilder rules = new StringBuilder(first.rule() + " " + first.behaviour());
            while (i + 1 < spans.size() && spans.get(i + 1).span().start() < end) {
                i++;
                end = Math.max(end, spans.get(i).span().end());
                rules.append(", ").append(spans.get(i).rule()).append(' ').append(spans.get(i).behaviour());
            }
            i++;
            if (end <= start) {
                continue;
            }
            out.append(Html.escape(text.substring(at, start)))
                    .append("<mark title=\"").append(Html.escape(rules.toString())).append("\">")
                    .append(Html.escape(text.substring(start, end))).append("</mark>");
            at = end;
        }
        return out.append(Html.escape(text.substring(at))).toString();
    }
}
