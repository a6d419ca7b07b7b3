// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.web.internal;

import org.kasuhara.catalogue.GuidelineCatalogue;
import org.kasuhara.cases.store.CaseOutcome;
import org.kasuhara.cases.store.CaseStatus;
import org.kasuhara.model.ActionType;
import org.kasuhara.model.Behaviour;
import org.kasuhara.model.Channel;
import org.kasuhara.model.Severity;
import org.kasuhara.model.Verdict;

/**
 * What the staff pages show for the library's enums, in the page's language: names from the enums' own labels and
 * from the guideline catalogue, never an enum's constant.
 */
final class Labels {
    private static final GuidelineCatalogue CATALOGUE = GuidelineCatalogue.defaults();

    private final Messages m;
    private final boolean ja;

    Labels(Messages m) {
        this.m = m;
        this.ja = !"en".equals(m.language());
    }

    String verdict(Verdict v) {
        return v == null ? m.get("verdict.NONE") : ja ? v.labelJa() : v.labelEn();
    }

    String status(CaseStatus s) {
        return ja ? s.labelJa() : s.labelEn();
    }

    String severity(Severity s) {
        return ja ? s.labelJa() : s.labelEn();
    }

    String outcome(CaseOutcome o) {
        return ja ? o.labelJa() : o.labelEn();
    }

    String channel(Channel c) {
        return m.get("channel." + c.name());
    }

    String behaviour(Behaviour b) {
        var info = CATALOGUE.behaviour(b);
        return ja ? info.nameJa() : info.nameEn();
    }

    String action(ActionType a) {
        var info = CATALOGUE.action(a);
        return ja ? info.textJa() : info.textEn();
    }

    /** @param citation a source citation such as {@code MHLW-2022 §B-1} @return its title and the citation */
    String source(String citation) {
        return CATALOGUE.source(citation).map(s -> (ja ? s.titleJa() : s.titleEn()) + " (" + citation + ")")
                .orElse(citation);
    }

    /**
     * @param organisations the counter's organisations
     * @param c             a case
     * @return its organisation and site by name, or the ids when they are not configured
     */
    String place(org.kasuhara.web.Organisations organisations, org.kasuhara.cases.store.StoredCase c) {
        if (c.organization() == null) {
            return m.get("staff.noOrganisation");
        }
        var org = organisations.find(c.organization());
        String name = org.map(o -> o.name(m.language())).orElse(c.organization());
        String site = c.caseData().site();
        return site == null ? name
                : name + " / " + org.flatMap(o -> o.site(site)).map(s -> s.name(m.language())).orElse(site);
    }

    /**
     * An audit entry's detail as a person reads it: the constants it names (verdicts, severities, channels, actions,
     * outcomes, ways of reporting) and its {@code key=} prefixes replaced by labels in the page's language.
     *
     * @param detail the stored detail
     * @return the detail for the page (not yet escaped)
     */
    String detail(String detail) {
        java.util.regex.Matcher words = CONSTANT.matcher(detail);
        StringBuilder out = new StringBuilder();
        while (words.find()) {
            words.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(constant(words.group())));
        }
        words.appendTail(out);
        return out.toString().replace("channel=", "").replace("outcome=", "")
                .replace("method=", m.get("staff.report.method") + ": ").replace("on=", m.get("staff.report.on") + ": ")
                .replace(" not-accepted", " " + m.get("staff.notAccepted")).replace(" police", " "
                        + m.get("staff.police.title")).replace(" confirmed", " " + m.get("staff.review.confirmed"));
    }

    private static final java.util.regex.Pattern CONSTANT = java.util.regex.Pattern.compile("\\b[A-Z][A-Z_]{2,}\\b");

    private String constant(String name) {
        Verdict verdict = named(Verdict.class, name);
        Severity severity = named(Severity.class, name);
        Channel channel = named(Channel.class, name);
        ActionType action = named(ActionType.class, name);
        CaseOutcome outcome = named(CaseOutcome.class, name);
        org.kasuhara.cases.store.ReportMethod method = named(org.kasuhara.cases.store.ReportMethod.class, name);
        return verdict != null ? verdict(verdict) : severity != null ? severity(severity)
                : channel != null ? channel(channel) : action != null ? action(action)
                : outcome != null ? outcome(outcome) : method != null ? m.get("method." + method.name()) : name;
    }

    /**
     * @param type  an enum
     * @param value a constant's name as it comes from a request or a stored detail, may be {@code null}
     * @return the constant, or {@code null} when none has that name
     */
    static <E extends Enum<E>> E named(Class<E> type, String value) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value)) {
                return e;
            }
        }
        return null;
    }

    static GuidelineCatalogue catalogue() {
        return CATALOGUE;
    }
}
