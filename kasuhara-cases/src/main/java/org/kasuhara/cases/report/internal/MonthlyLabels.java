// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cases.report.internal;

import org.kasuhara.catalogue.BehaviourInfo;
import org.kasuhara.catalogue.GuidelineCatalogue;
import org.kasuhara.model.Behaviour;
import org.kasuhara.model.Channel;
import org.kasuhara.cases.report.ReportLanguage;
import org.kasuhara.cases.store.CaseOutcome;
import org.kasuhara.cases.store.MonthlyTotals;

/** Names of the figures of the monthly totals in the report's language. */
final class MonthlyLabels {
    private final ReportLanguage l;

    MonthlyLabels(ReportLanguage language) {
        this.l = language;
    }

    String behaviour(Behaviour behaviour) {
        BehaviourInfo info = GuidelineCatalogue.defaults().behaviour(behaviour);
        return info == null ? behaviour.name() : l.of(info.nameJa(), info.nameEn());
    }

    String channel(Channel channel) {
        return ChannelNames.of(channel, l);
    }

    String outcome(CaseOutcome outcome) {
        return l.of(outcome.labelJa(), outcome.labelEn());
    }

    String organization(String name) {
        return MonthlyTotals.NONE.equals(name) ? l.of("（指定なし）", "(none)") : name;
    }

    String month(java.time.YearMonth month) {
        return l.of(month.getYear() + "年" + month.getMonthValue() + "月",
                month.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH) + " "
                        + month.getYear());
    }
}
