// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.policy;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The thresholds the rules apply (CCAJ-2025 and MHLW-2022 p.9), for one organisation. Immutable; rules read it as a fact.
 * Build one with {@link #builder()}, which checks every value at once.
 *
 * @param confinementMinutes         a call or visit this long or longer is long confinement (CCAJ-2025: 60)
 * @param repeatContacts             this many contacts on one matter within the window are repetitive (CCAJ-2025: 3)
 * @param repeatWindowDays           the window for counting repeat contacts, in days (default 30)
 * @param sameClaimMinutes           the same claim repeated for this long within one contact is persistent (30)
 * @param unfulfillableDemandRepeats an unfulfillable demand pursued over this many contacts is persistent (3)
 * @param exitRequestsBeforePolice   after this many requests to leave, refusing is a matter for the police (3)
 * @param offHoursStart              start of the off-hours window, local time (22:00)
 * @param offHoursEnd                end of the off-hours window, local time (07:00)
 * @param excessiveDemandRatio       money demanded beyond this multiple of the loss is excessive (Kasuhara: 10)
 * @param toneMarkers                narrated shouting or banging this many times is intimidation (Kasuhara: 2)
 * @param reportBusinessDays         the report to the organisation is due this many business days after receipt (3)
 * @param zone                       the zone for business days and off-hours (Asia/Tokyo)
 * @param confinementWarningMinutes  a call running this long gets a live warning that it approaches the
 *                                   confinement line (Kasuhara: 50); no warning when it is not below the line
 * @param closures                   days the organisation is closed (年末年始): report due dates skip them (none)
 */
public record Policy(int confinementMinutes, int repeatContacts, int repeatWindowDays, int sameClaimMinutes,
                     int unfulfillableDemandRepeats, int exitRequestsBeforePolice, LocalTime offHoursStart,
                     LocalTime offHoursEnd, int excessiveDemandRatio, int toneMarkers, int reportBusinessDays,
                     ZoneId zone, int confinementWarningMinutes, ClosedDays closures) {

    /** CCAJ-2025: a call of one hour or more is long confinement. */
    public static final int DEFAULT_CONFINEMENT_MINUTES = 60;
    /** CCAJ-2025: three or more contacts on one matter are repetitive. */
    public static final int DEFAULT_REPEAT_CONTACTS = 3;
    /** Kasuhara default: the CCAJ guideline publishes no window. */
    public static final int DEFAULT_REPEAT_WINDOW_DAYS = 30;
    /** Shuto Expressway call-centre rule; Consumer Affairs Agency rule of thumb. */
    public static final int DEFAULT_SAME_CLAIM_MINUTES = 30;
    /** Tokyo manual example. */
    public static final int DEFAULT_UNFULFILLABLE_DEMAND_REPEATS = 3;
    /** Trespass (不退去罪) practice: two or three requests. */
    public static final int DEFAULT_EXIT_REQUESTS_BEFORE_POLICE = 3;
    /** Company policies: 22:00. */
    public static final LocalTime DEFAULT_OFF_HOURS_START = LocalTime.of(22, 0);
    /** Company policies: 07:00. */
    public static final LocalTime DEFAULT_OFF_HOURS_END = LocalTime.of(7, 0);
    /** Kasuhara default: no public source gives a ratio; ¥100 million for a ¥3,000 cake is far beyond it. */
    public static final int DEFAULT_EXCESSIVE_DEMAND_RATIO = 10;
    /** Kasuhara default: a single raised voice over a real mistake is not harassment (MHLW-2022). */
    public static final int DEFAULT_TONE_MARKERS = 2;
    /** JHA-2024: report to the organisation within three business days. */
    public static final int DEFAULT_REPORT_BUSINESS_DAYS = 3;
    /** Kasuhara default: ten minutes before the CCAJ-2025 line leaves time to announce the end of the call. */
    public static final int DEFAULT_CONFINEMENT_WARNING_MINUTES = 50;
    /** Japan. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Tokyo");

    private static final Policy DEFAULTS = new PolicyBuilder().build();

    /** Checks every value; see {@link PolicyBuilder} for the ranges. */
    public Policy {
        // A compact constructor sees the parameters, not yet the fields: validate those.
        new PolicyBuilder().confinementMinutes(confinementMinutes).repeatContacts(repeatContacts)
                .repeatWindowDays(repeatWindowDays).sameClaimMinutes(sameClaimMinutes)
                .unfulfillableDemandRepeats(unfulfillableDemandRepeats)
                .exitRequestsBeforePolice(exitRequestsBeforePolice).offHours(offHoursStart, offHoursEnd)
                .excessiveDemandRatio(excessiveDemandRatio).toneMarkers(toneMarkers)
                .reportBusinessDays(reportBusinessDays).zone(zone)
                .confinementWarningMinutes(confinementWarningMinutes);
        Objects.requireNonNull(closures, "closures");
    }

    /**
     * The defaults of CCAJ-2025 and MHLW-2022 p.9.
     *
     * @return the default policy
     */
    public static Policy defaults() {
        return DEFAULTS;
    }

    /**
     * A builder starting from the defaults.
     *
     * @return a new builder
     */
    public static PolicyBuilder builder() {
        return new PolicyBuilder();
    }

    /**
     * A builder starting from this policy, to override some values.
     *
     * @return a new builder holding this policy's values
     */
    public PolicyBuilder toBuilder() {
        return new PolicyBuilder(this);
    }

    /**
     * Whether a local time falls in the off-hours window (start inclusive, end exclusive; the window may wrap
     * midnight).
     *
     * @param time a local time in {@link #zone()}
     * @return {@code true} when off hours
     */
    public boolean isOffHours(LocalTime time) {
        Objects.requireNonNull(time, "time");
        if (offHoursStart.equals(offHoursEnd)) {
            return false;
        }
        return offHoursStart.isBefore(offHoursEnd)
                ? !time.isBefore(offHoursStart) && time.isBefore(offHoursEnd)
                : !time.isBefore(offHoursStart) || time.isBefore(offHoursEnd);
    }
}
