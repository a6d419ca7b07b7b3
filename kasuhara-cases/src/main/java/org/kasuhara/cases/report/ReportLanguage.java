// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cases.report;

import java.util.Locale;
import java.util.Objects;

/** The language a report is written in: Japanese (the default) or English. */
public enum ReportLanguage {
    /** 日本語. */
    JA("ja", "［非開示：本人の同意なし］", "［削除済み：保存期間の経過］"),
    /** English. */
    EN("en", "[withheld: no consent]", "[purged: retention period over]");

    private final String tag;
    private final String withheld;
    private final String purged;

    ReportLanguage(String tag, String withheld, String purged) {
        this.tag = tag;
        this.withheld = withheld;
        this.purged = purged;
    }

    /** @return the BCP 47 language tag, {@code ja} or {@code en} (the HTML {@code lang} attribute) */
    public String tag() {
        return tag;
    }

    /** @return the visible mark that replaces personal data the applicant did not consent to share */
    public String withheld() {
        return withheld;
    }

    /** @return the visible mark that replaces text removed by the retention purge */
    public String purged() {
        return purged;
    }

    /**
     * @param ja the Japanese text
     * @param en the English text
     * @return the text in this language
     */
    public String of(String ja, String en) {
        return this == JA ? ja : en;
    }

    /**
     * @param locale a locale
     * @return English for an English locale, Japanese for any other (the counter's language)
     * @throws NullPointerException when {@code locale} is null
     */
    public static ReportLanguage of(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return "en".equals(locale.getLanguage()) ? EN : JA;
    }

    /**
     * @param tag {@code ja} or {@code en}, in any case
     * @return the language
     * @throws IllegalArgumentException for any other tag
     */
    public static ReportLanguage parse(String tag) {
        for (ReportLanguage language : values()) {
            if (language.tag.equalsIgnoreCase(Objects.requireNonNull(tag, "tag").strip())) {
                return language;
            }
        }
        throw new IllegalArgumentException("report language must be ja or en, was \"" + tag + "\"");
    }
}
