// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cli.io;

import org.kasuhara.catalogue.GuidelineCatalogue;
import org.kasuhara.model.ActionType;
import org.kasuhara.model.Behaviour;
import org.kasuhara.model.Severity;
import org.kasuhara.model.Verdict;

/**
 * Labels in Japanese, English, or both ({@code 日本語 / English}) when no language was chosen. Names of
 * behaviours and actions come from the guideline catalogue, so the CLI never spells them differently. Not
 * thread-safe: one command's output.
 */
public final class Labels {
    private final Language language;
    private GuidelineCatalogue catalogue; // read when first needed: `triage --json` never needs it

    /** @param language the chosen language, or {@code null} for both */
    public Labels(Language language) {
        this.language = language;
    }

    private GuidelineCatalogue catalogue() {
        if (catalogue == null) {
            catalogue = GuidelineCatalogue.defaults();
        }
        return catalogue;
    }

    public String of(String ja, String en) {
        if (language == null) {
            return ja + " / " + en;
        }
        return language == Language.JA ? ja : en;
    }

    public boolean english() {
        return language == Language.EN;
    }

    public boolean bilingual() {
        return language == null;
    }

    public String verdict(Verdict verdict) {
        return of(verdict.labelJa(), verdict.labelEn());
    }

    public String severity(Severity severity) {
        return of(severity.labelJa(), severity.labelEn());
    }

    public String behaviour(Behaviour behaviour) {
        var info = catalogue().behaviour(behaviour);
        return of(info.nameJa(), info.nameEn());
    }

    /** The action's text in the chosen language; {@code null} when both are wanted (the caller shows its own). */
    public String actionText(ActionType type) {
        if (language == null) {
            return null;
        }
        var info = catalogue().action(type);
        return language == Language.JA ? info.textJa() : info.textEn();
    }

    public String yesNo(boolean value) {
        return value ? of("はい", "yes") : of("いいえ", "no");
    }
}
