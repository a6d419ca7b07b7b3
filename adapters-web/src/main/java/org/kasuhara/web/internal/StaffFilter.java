// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.kasuhara.cases.store.CaseQuery;
import org.kasuhara.cases.store.CaseStatus;
import org.kasuhara.cases.store.spi.ReceiptNumbers;
import org.kasuhara.model.Verdict;

/**
 * The staff list's filters as they come in the query string: a view (all, overdue, due today, due this week), a
 * verdict, an organisation, a site, the police flag, a status, a sort and a cursor. Anything unknown is ignored
 * (the filter is off), so a hand-edited address never fails; the cursor is checked before it reaches the store.
 *
 * @param view         {@code all}, {@code overdue}, {@code today} or {@code week}
 * @param verdict      a latest verdict, or {@code null}
 * @param organisation an organisation id, or {@code null}
 * @param site         a site id, or {@code null}
 * @param police       {@code true}/{@code false}, or {@code null} for both
 * @param status       a status, or {@code null}
 * @param sort         {@code -receipt} (newest first, the default), {@code receipt}, {@code due} or {@code -due}
 * @param after        where the previous page ended, or {@code null}
 */
record StaffFilter(String view, Verdict verdict, String organisation, String site, Boolean police, CaseStatus status,
                   String sort, CaseQuery.Cursor after) {
    static final int PAGE = 50;
    static final String[] VIEWS = {"all", "overdue", "today", "week"};
    static final String[] SORTS = {"-receipt", "receipt", "due", "-due"};

    static StaffFilter of(HttpServletRequest request, Principal principal) {
        String view = oneOf(request.getParameter("view"), VIEWS, "all");
        String sort = oneOf(request.getParameter("sort"), SORTS, "-receipt");
        String org = principal.isStaff() ? blankToNull(request.getParameter("org")) : principal.organisation();
        return new StaffFilter(view, Labels.named(Verdict.class, request.getParameter("verdict")), org,
                blankToNull(request.getParameter("site")), police(request.getParameter("police")),
                Labels.named(CaseStatus.class, request.getParameter("status")), sort,
                cursor(request.getParameter("after")));
    }

    /**
     * @param today today in the counter's zone
     * @return the store query of this filter, one row more than a page (is there another?); {@code null} when the
     *         filter can match nothing
     */
    CaseQuery query(LocalDate today) {
        CaseQuery query = forView(view, today);
        return query == null ? null : query.withOrder(order(), after).withLimit(PAGE + 1);
    }

    /**
     * @param otherView a view
     * @param today     today
     * @return this filter's query with another view, for its count; {@code null} when it can match nothing
     */
    CaseQuery forView(String otherView, LocalDate today) {
        CaseQuery base = switch (otherView) {
            case "overdue" -> CaseQuery.overdue(today);
            case "today" -> CaseQuery.dueOn(today);
            case "week" -> CaseQuery.awaitingReportQuery().withDue(today, today.plusDays(6));
            default -> CaseQuery.all();
        };
        if (status != null) {
            Set<CaseStatus> allowed = base.statuses().isEmpty() ? EnumSet.allOf(CaseStatus.class)
                    : EnumSet.copyOf(base.statuses());
            if (!allowed.contains(status)) {
                return null;
            }
            base = base.withStatuses(Set.of(status));
        }
        return base.withOrganization(organisation).withSite(site)
                .withVerdicts(verdict == null ? Set.of() : Set.of(verdict)).withPolice(police);
    }

    private CaseQuery.Order order() {
        return switch (sort) {
            case "receipt" -> CaseQuery.Order.RECEIPT;
            case "due" -> CaseQuery.Order.DUE;
            case "-due" -> CaseQuery.Order.DUE_DESC;
            default -> CaseQuery.Order.RECEIPT_DESC;
        };
    }

    /**
     * @param changes parameters to set ({@code null} or empty removes one); the cursor is dropped unless given
     * @return the list's query string with the changes, starting with {@code ?}
     */
    String href(String language, Map<String, String> changes) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("lang", language);
        p.put("view", view);
        p.put("verdict", verdict == null ? null : verdict.name());
        p.put("org", organisation);
        p.put("site", site);
        p.put("police", police == null ? null : police ? "yes" : "no");
        p.put("status", status == null ? null : status.name());
        p.put("sort", sort);
        p.putAll(changes);
        StringBuilder out = new StringBuilder();
        p.forEach((k, v) -> {
            if (v != null && !v.isEmpty()) {
                out.append(out.length() == 0 ? '?' : '&').append(k).append('=')
                        .append(URLEncoder.encode(v, StandardCharsets.UTF_8));
            }
        });
        return out.toString();
    }

    /** @param cursor a cursor @return its form in an address */
    static String encode(CaseQuery.Cursor cursor) {
        return cursor.receipt() + "_" + cursor.reportDueBy();
    }

    /** @param value a cursor's form in an address, or {@code null} @return the cursor, {@code null} when absent or not one */
    static CaseQuery.Cursor cursor(String value) {
        if (value == null) {
            return null;
        }
        int cut = value.indexOf('_');
        if (cut < 0 || ReceiptNumbers.parse(value.substring(0, cut)).isEmpty()) {
            return null;
        }
        try {
            return new CaseQuery.Cursor(value.substring(0, cut), LocalDate.parse(value.substring(cut + 1)));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Boolean police(String value) {
        return "yes".equals(value) ? Boolean.TRUE : "no".equals(value) ? Boolean.FALSE : null;
    }

    private static String oneOf(String value, String[] allowed, String fallback) {
        for (String a : allowed) {
            if (a.equals(value)) {
                return a;
            }
        }
        return fallback;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() || value.length() > 200 ? null : value.strip();
    }
}
