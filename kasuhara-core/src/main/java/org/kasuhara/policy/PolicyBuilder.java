// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.policy;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/** Builds a {@link Policy}; every setter checks its argument at once. */
public final class PolicyBuilder {
    private int confinementMinutes = Policy.DEFAULT_CONFINEMENT_MINUTES;
    private int repeatContacts = Policy.DEFAULT_REPEAT_CONTACTS;
    private int repeatWindowDays = Policy.DEFAULT_REPEAT_WINDOW_DAYS;
    private int sameClaimMinutes = Policy.DEFAULT_SAME_CLAIM_MINUTES;
    private int unfulfillableDemandRepeats = Policy.DEFAULT_UNFULFILLABLE_DEMAND_REPEATS;
    private int exitRequestsBeforePolice = Policy.DEFAULT_EXIT_REQUESTS_BEFORE_POLICE;
    private LocalTime offHoursStart = Policy.DEFAULT_OFF_HOURS_START;
    private LocalTime offHoursEnd = Policy.DEFAULT_OFF_HOURS_END;
    private int excessiveDemandRatio = Policy.DEFAULT_EXCESSIVE_DEMAND_RATIO;
    private int toneMarkers = Policy.DEFAULT_TONE_MARKERS;
    private int reportBusinessDays = Policy.DEFAULT_REPORT_BUSINESS_DAYS;
    private ZoneId zone = Policy.DEFAULT_ZONE;
    private int confinementWarningMinutes = Policy.DEFAULT_CONFINEMENT_WARNING_MINUTES;
    private ClosedDays closures = ClosedDays.NONE;

    PolicyBuilder() {
    }

    PolicyBuilder(Policy from) {
        confinementMinutes = from.confinementMinutes();
        repeatContacts = from.repeatContacts();
        repeatWindowDays = from.repeatWindowDays();
        sameClaimMinutes = from.sameClaimMinutes();
        unfulfillableDemandRepeats = from.unfulfillableDemandRepeats();
        exitRequestsBeforePolice = from.exitRequestsBeforePolice();
        offHoursStart = from.offHoursStart();
        offHoursEnd = from.offHoursEnd();
        excessiveDemandRatio = from.excessiveDemandRatio();
        toneMarkers = from.toneMarkers();
        reportBusinessDays = from.reportBusinessDays();
        closures = from.closures();
        zone = from.zone();
        confinementWarningMinutes = from.confinementWarningMinutes();
    }

    /** @param minutes 1–1440 @return this builder @throws IllegalArgumentException when out of range */
    public PolicyBuilder confinementMinutes(int minutes) {
        confinementMinutes = range("confinementMinutes", minutes, 1, 1440);
        return this;
    }

    /** @param count 2–100 @return this builder @throws IllegalArgumentException when out of range */
    public PolicyBuilder repeatContacts(int count) {
        repeatContacts = range("repeatContacts", count, 2, 100);
        return this;
    }

    /** @param days 1–366 @return this builder @throws IllegalArgumentException when out of range */
    public PolicyBuilder repeatWindowDays(int days) {
        repeatWindowDays = range("repeatWindowDays", days, 1, 366);
        return this;
    }

    /** @param minutes 1–1440 @return this builder @throws IllegalArgumentException when out of range */
    public PolicyBuilder sameClaimMinutes(int minutes) {
        sameClaimMinutes = range("sameClaimMinutes", minutes, 1, 1440);
        return this;
    }

    /** @param count 2–100 @return this builder @throws IllegalArgumentException when out of range */
    public PolicyBuilder unfulfillableDemandRepeats(int count) {
        unfulfillableDemandRepeats = range("unfulfillableDemandRepeats", count, 2, 100);
        return this;
    }

    /** @param count 1–10 @return this builder @throws IllegalArgumentException when out of range */
    public PolicyBuilder exitRequestsBeforePolice(int count) {
        exitRequestsBeforePolice = range("exitRequestsBeforePolice", count, 1, 10);
        return this;
    }

    /**
     * @param start start of the off-hours window
     * @param end   end of the window (may be earlier than start: the window wraps midnight)
     * @return this builder
     */
    public PolicyBuilder offHours(LocalTime start, LocalTime end) {
        offHoursStart = Objects.requireNonNull(start, "offHoursStart");
        offHoursEnd = Objects.requireNonNull(end, "offHoursEnd");
        return this;
    }

    /** @param ratio 2–1,000,000 @return this builder @throws IllegalArgumentException when out of range */
    public PolicyBuilder excessiveDemandRatio(int ratio) {
        excessiveDemandRatio = range("excessiveDemandRatio", ratio, 2, 1_000_000);
        return this;
    }

    /** @param count 1–20 @return this builder @throws IllegalArgumentException when out of range */
    public PolicyBuilder toneMarkers(int count) {
        toneMarkers = range("toneMarkers", count, 1, 20);
        return this;
    }

    /** @param days 1–30 @return this builder @throws IllegalArgumentException when out of range */
    public PolicyBuilder reportBusinessDays(int days) {
        reportBusinessDays = range("reportBusinessDays", days, 1, 30);
        return this;
    }

    /** @param value the zone for business days and off-hours @return this builder */
    public PolicyBuilder zone(ZoneId value) {
        zone = Objects.requireNonNull(value, "zone");
        return this;
    }

    /**
     * The live warning that a call approaches the confinement line. A value not below
     * {@link Policy#confinementMinutes()} is allowed (an organisation may lower the line alone) and means no warning.
     *
     * @param minutes 1–1440
     * @return this builder
     * @throws IllegalArgumentException when out of range
     */
    public PolicyBuilder confinementWarningMinutes(int minutes) {
        confinementWarningMinutes = range("confinementWarningMinutes", minutes, 1, 1440);
        return this;
    }

    /**
     * Adds a closure: a date, a date range or a range closed every year (see {@link ClosedDays}).
     *
     * @param entry for example {@code 2026-12-29..2027-01-03}
     * @return this builder
     * @throws IllegalArgumentException when the entry is not one of those forms
     */
    public PolicyBuilder closure(String entry) {
        closures = closures.with(entry);
        return this;
    }

    /** @return the policy */
    public Policy build() {
        return new Policy(confinementMinutes, repeatContacts, repeatWindowDays, sameClaimMinutes,
                unfulfillableDemandRepeats, exitRequestsBeforePolice, offHoursStart, offHoursEnd,
                excessiveDemandRatio, toneMarkers, reportBusinessDays, zone, confinementWarningMinutes, closures);
    }

    private static int range(String key, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(key + ": must be between " + min + " and " + max + ", was " + value);
        }
        return value;
    }
}
