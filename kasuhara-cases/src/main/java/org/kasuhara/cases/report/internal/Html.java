// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cases.report.internal;

import org.owasp.encoder.Encode;

import org.kasuhara.cases.report.ReportLanguage;

/**
 * Writes a small, well-formed XHTML document: every text goes through {@link #escape(String)}, so hostile input
 * (complaint text) can never become markup, and the result parses as XML for the PDF renderer.
 */
final class Html {
    /** Japanese-capable fonts, the PDF renderer's registered family first. */
    static final String FONTS = "'Kasuhara Japanese', 'IPAexGothic', 'Noto Sans JP', 'Noto Sans CJK JP', "
            + "'Hiragino Sans', 'Yu Gothic', 'Meiryo', sans-serif";

    private static final String STYLE = """
            @page { size: A4; margin: 16mm 14mm; }
            body { font-family: %s; font-size: 10.5pt; line-height: 1.55; color: #1a1a1a; }
            h1 { font-size: 16pt; border-bottom: 2px solid #333; padding-bottom: 4px; margin: 0 0 8px 0; }
            h2 { font-size: 12pt; background: #eef1f5; padding: 3px 6px; margin: 14px 0 6px 0; }
            table { border-collapse: collapse; width: 100%%; margin-bottom: 6px; }
            th, td { border: 1px solid #b8bec6; padding: 3px 6px; text-align: left; vertical-align: top; }
            th { background: #f6f7f9; font-weight: bold; width: 28%%; }
            td.num, th.num { text-align: right; width: auto; }
            .mark { color: #8a1c1c; font-weight: bold; }
            .note { font-size: 9pt; color: #555; }
            .verdict { font-size: 13pt; font-weight: bold; }
            .text { white-space: pre-wrap; }
            .bar { background: #4a6fa5; height: 10px; }
            .police { color: #8a1c1c; font-weight: bold; }
            """;

    private final StringBuilder out = new StringBuilder(8192);
    private final ReportLanguage language;

    Html(ReportLanguage language) {
        this.language = language;
    }

    /** Starts the document with its title. */
    Html start(String title) {
        out.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").append(language.tag())
                .append("\">\n<head>\n<meta charset=\"UTF-8\"/>\n<title>").append(escape(title))
                .append("</title>\n<style>\n").append(STYLE.formatted(FONTS)).append("</style>\n</head>\n<body>\n");
        return this;
    }

    /** Appends an element with escaped text content. */
    Html element(String tag, String cssClass, String text) {
        open(tag, cssClass);
        out.append(escape(text));
        return close(tag);
    }

    Html open(String tag, String cssClass) {
        out.append('<').append(tag);
        if (cssClass != null) {
            out.append(" class=\"").append(cssClass).append('"');
        }
        out.append('>');
        return this;
    }

    Html close(String tag) {
        out.append("</").append(tag).append(">\n");
        return this;
    }

    /** Appends escaped text; a withheld or purged mark is shown as a mark. */
    Html text(String text) {
        if (text == null) {
            out.append('—');
        } else if (text.equals(language.withheld()) || text.equals(language.purged())) {
            out.append("<span class=\"mark\">").append(escape(text)).append("</span>");
        } else {
            String escaped = escape(text);
            String mark = escape(language.withheld());
            out.append(escaped.replace(mark, "<span class=\"mark\">" + mark + "</span>"));
        }
        return this;
    }

    /** A table row of a heading cell and a value cell. */
    Html row(String heading, String value) {
        out.append("<tr>");
        element("th", null, heading).trimNewline();
        out.append("<td>");
        text(value);
        out.append("</td></tr>\n");
        return this;
    }

    /** A table row of plain cells; numbers are right-aligned. */
    Html cells(String tag, Object... values) {
        out.append("<tr>");
        for (Object value : values) {
            boolean number = value instanceof Number;
            out.append('<').append(tag).append(number ? " class=\"num\">" : ">");
            text(value == null ? null : value.toString());
            out.append("</").append(tag).append('>');
        }
        out.append("</tr>\n");
        return this;
    }

    /** Appends markup made by this package (never user text). */
    Html raw(String markup) {
        out.append(markup);
        return this;
    }

    String finish() {
        out.append("</body>\n</html>\n");
        return out.toString();
    }

    private void trimNewline() {
        if (out.length() > 0 && out.charAt(out.length() - 1) == '\n') {
            out.setLength(out.length() - 1);
        }
    }

    /**
     * Escapes text for XHTML content and attribute values (OWASP Java Encoder); characters XML does not allow
     * (control characters other than tab, line feed and carriage return; unpaired surrogates) become spaces.
     *
     * @param text any text, or {@code null}
     * @return the escaped text, empty for {@code null}
     */
    static String escape(String text) {
        return text == null ? "" : Encode.forXml(text);
    }

}
