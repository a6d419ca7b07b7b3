// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.calls.batch.internal;

import org.owasp.encoder.Encode;
import java.util.List;
import org.kasuhara.calls.batch.AnalysisSummary;

/** The summary as one self-contained HTML page, charts as inline SVG (no script, no external file). */
final class HtmlReport {
    private HtmlReport() {
    }

    static String render(AnalysisSummary s, String fileName) {
        StringBuilder html = new StringBuilder(8192);
        html.append("<!DOCTYPE html>\n<html lang=\"ja\"><head><meta charset=\"utf-8\"><title>通話記録の分析 / Call records ")
                .append("analysis</title><style>body{font-family:sans-serif;margin:2em;max-width:60em}"
                        + "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .6em;text-align:right}"
                        + "th{background:#eee}td.l{text-align:left}</style></head><body>\n")
                .append("<h1>通話記録の分析 / Call records analysis</h1>\n<p>").append(esc(fileName)).append("</p>\n")
                .append("<h2>概要 / Summary</h2>\n<table>\n");
        row(html, "記録 / records", s.records());
        row(html, "不正な行 / malformed rows", s.malformed());
        row(html, "長時間の通話 / confinement calls", s.confinementCalls());
        row(html, "繰り返し（発信者×案件）/ repeat caller–matter pairs", s.repeatMatters());
        row(html, "時間外の繰り返し / off-hours patterns", s.offHoursPatterns());
        row(html, "所見のある発信者 / callers with findings", s.callersWithFindings());
        row(html, "同時に保持した発信者の最大 / peak callers held", s.peakActiveCallers());
        html.append("</table>\n<p>").append(s.externallySorted() ? "入力は時刻順でなかったため、ディスク上で並べ替えてから分析しました。"
                + " / The input was not in time order; it was sorted on disk first." : "入力は時刻順でした。 / The input was in time order.")
                .append("</p>\n<h2>通話時間の分布 / Call lengths</h2>\n").append(lengthChart(s.lengths()))
                .append("<h2>繰り返しの多い発信者 / Top repeat callers</h2>\n<p>")
                .append(s.callersPseudonymised() ? "発信者は鍵付きの仮名（HMAC-SHA256）です。 / Callers are keyed pseudonyms (HMAC-SHA256)."
                        : "発信者をそのまま表示しています（--reveal-callers）。個人情報です。 / Callers as given (--reveal-callers): personal data.")
                .append("</p>\n").append(topChart(s.topRepeatCallers()))
                .append("<table><tr><th>発信者 / caller</th><th>案件 / matter</th><th>期間内の通話 / calls in window</th>"
                        + "<th>行 / line</th></tr>\n");
        for (AnalysisSummary.RepeatCaller c : s.topRepeatCallers()) {
            html.append("<tr><td class=\"l\">").append(esc(c.caller())).append("</td><td class=\"l\">")
                    .append(esc(c.matter() == null ? "—" : c.matter())).append("</td><td>").append(c.callsInWindow())
                    .append("</td><td>").append(c.firstLine()).append("</td></tr>\n");
        }
        html.append("</table>\n");
        if (!s.malformedSamples().isEmpty()) {
            html.append("<h2>不正な行（先頭）/ Malformed rows (first)</h2>\n<table><tr><th>行 / line</th><th>問題 / problem</th></tr>\n");
            for (AnalysisSummary.MalformedRecord m : s.malformedSamples()) {
                html.append("<tr><td>").append(m.line()).append("</td><td class=\"l\">").append(esc(m.problem()))
                        .append("</td></tr>\n");
            }
            html.append("</table>\n");
        }
        return html.append("</body></html>\n").toString();
    }

    private static void row(StringBuilder html, String label, long value) {
        html.append("<tr><th>").append(label).append("</th><td>").append(String.format("%,d", value)).append("</td></tr>\n");
    }

    private static String lengthChart(List<AnalysisSummary.LengthBucket> buckets) {
        long max = Math.max(1, buckets.stream().mapToLong(AnalysisSummary.LengthBucket::calls).max().orElse(1));
        int barWidth = 60;
        int height = 200;
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"")
                .append(buckets.size() * (barWidth + 10) + 20).append("\" height=\"").append(height + 50)
                .append("\"><title>通話時間の分布 / Call lengths</title>\n");
        for (int i = 0; i < buckets.size(); i++) {
            AnalysisSummary.LengthBucket b = buckets.get(i);
            int h = (int) Math.round((double) b.calls() / max * height);
            int x = 10 + i * (barWidth + 10);
            svg.append("<rect x=\"").append(x).append("\" y=\"").append(height - h + 15).append("\" width=\"")
                    .append(barWidth).append("\" height=\"").append(h).append("\" fill=\"")
                    .append(b.fromMinutes() >= 60 ? "#c0392b" : "#2e86c1").append("\"/>")
                    .append("<text x=\"").append(x + barWidth / 2).append("\" y=\"").append(height - h + 10)
                    .append("\" font-size=\"10\" text-anchor=\"middle\">").append(String.format("%,d", b.calls()))
                    .append("</text><text x=\"").append(x + barWidth / 2).append("\" y=\"").append(height + 30)
                    .append("\" font-size=\"10\" text-anchor=\"middle\">").append(esc(b.label())).append("</text>\n");
        }
        return svg.append("</svg>\n").toString();
    }

    private static String topChart(List<AnalysisSummary.RepeatCaller> top) {
        if (top.isEmpty()) {
            return "<p>なし / none</p>\n";
        }
        int max = top.stream().mapToInt(AnalysisSummary.RepeatCaller::callsInWindow).max().orElse(1);
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"600\" height=\"")
                .append(top.size() * 20 + 10).append("\"><title>繰り返しの多い発信者 / Top repeat callers</title>\n");
        for (int i = 0; i < top.size(); i++) {
            AnalysisSummary.RepeatCaller c = top.get(i);
            int w = (int) Math.round((double) c.callsInWindow() / max * 380);
            svg.append("<text x=\"0\" y=\"").append(i * 20 + 15).append("\" font-size=\"11\">").append(esc(c.caller()))
                    .append("</text><rect x=\"170\" y=\"").append(i * 20 + 4).append("\" width=\"").append(w)
                    .append("\" height=\"14\" fill=\"#ca6f1e\"/><text x=\"").append(175 + w).append("\" y=\"")
                    .append(i * 20 + 15).append("\" font-size=\"11\">").append(c.callsInWindow()).append("</text>\n");
        }
        return svg.append("</svg>\n").toString();
    }

    private static String esc(String text) {
        return Encode.forHtml(text);
    }
}
