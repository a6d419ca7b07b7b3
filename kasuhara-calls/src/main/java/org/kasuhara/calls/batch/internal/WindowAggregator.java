// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.calls.batch.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import org.kasuhara.calls.batch.AnalysisSummary;
import org.kasuhara.calls.batch.CallRecord;
import org.kasuhara.policy.Policies;
import org.kasuhara.policy.Policy;

/**
 * The sliding-window analysis of records in time order. A caller is held from their first call until their last
 * call leaves the repeat window; then their findings are written and they are forgotten, so memory follows the
 * callers active within one window, not the file. Callers are found through one {@link CallerTable} per
 * organisation, and leave through an {@link ExpiryQueue} in the order they may expire.
 */
final class WindowAggregator {
    /** A record earlier than one already analysed: the input is not in time order. */
    static final class OutOfOrder extends RuntimeException {
        OutOfOrder(long line) {
            super("line " + line + " is earlier than the line before it", null, false, false);
        }
    }

    /** One organisation's policy, its callers, and its zone's offsets. */
    private static final class Organization {
        final Policy policy;
        final CallerTable callers = new CallerTable();
        final ZoneOffsets offsets;

        Organization(Policy policy) {
            this.policy = policy;
            this.offsets = new ZoneOffsets(policy.zone());
        }

        LocalTime localTime(long second) {
            return LocalTime.ofSecondOfDay(Math.floorMod(second + offsets.atInstant(second), 86_400L));
        }
    }

    static final int[] BUCKETS = {0, 5, 10, 20, 30, 45, 60, 90, 120};
    static final int TOP = 20;

    private final Policies policies;
    private final Map<String, Organization> organizations = new HashMap<>();
    private String lastOrganizationName;
    private Organization lastOrganization;
    private final Pseudonyms names;
    private final JsonGenerator findings;
    private final JsonGenerator matters;
    private final JsonGenerator confinement;
    private final ExpiryQueue expiry = new ExpiryQueue();
    private final long[] lengths = new long[BUCKETS.length];
    private final PriorityQueue<AnalysisSummary.RepeatCaller> top = new PriorityQueue<>(
            (a, b) -> Integer.compare(a.callsInWindow(), b.callsInWindow()));
    private long watermark = Long.MIN_VALUE;
    private long active;
    long records;
    long confinementCalls;
    long repeatMatters;
    long offHoursPatterns;
    long callersWithFindings;
    long peakActive;

    WindowAggregator(Policies policies, Pseudonyms names, JsonGenerator findings, JsonGenerator matters,
                     JsonGenerator confinement) {
        this.policies = policies;
        this.names = names;
        this.findings = findings;
        this.matters = matters;
        this.confinement = confinement;
    }

    void accept(CallRecord r) throws IOException {
        long now = r.startSecond();
        if (now < watermark) {
            throw new OutOfOrder(r.line());
        }
        watermark = now;
        records++;
        expire(now);
        Organization org = organization(r.organization());
        Policy policy = org.policy;
        long h1 = CallerTable.hash1(r.caller());
        long h2 = CallerTable.hash2(r.caller());
        long matterKey = MatterWindow.keyOf(r.matter());
        CallerWindow caller = org.callers.get(h1, h2);
        if (caller != null && caller.last + caller.windowSeconds < now) {
            forget(org, caller);   // left its window; its queue entry was not due yet
            caller = null;
        }
        if (caller == null) {
            caller = new CallerWindow(h1, h2, r.organization(), policy.repeatWindowDays() * 86_400, matterKey);
            org.callers.put(h1, h2, caller);
            expiry.add(caller, now);
            peakActive = Math.max(peakActive, ++active);
        }
        caller.last = now;
        caller.calls++;
        long minutes = r.durationSeconds() / 60;
        lengths[bucket(minutes)]++;
        if (minutes >= policy.confinementMinutes()) {
            caller.longCalls++;
            confinementCalls++;
            writeConfinement(r, minutes, policy);
        }
        long from = now - caller.windowSeconds;
        if (policy.isOffHours(org.localTime(now))) {
            LongRing offHours = caller.offHours();
            offHours.dropBefore(from);
            offHours.add(now);
            caller.mostOffHours = Math.max(caller.mostOffHours, offHours.size());
        }
        MatterWindow matter = caller.matter(matterKey);
        matter.dropBefore(from);
        matter.add(now);
        if (matter.size() > matter.most) {
            matter.most = matter.size();
            caller.mostOnAMatter = Math.max(caller.mostOnAMatter, matter.most);
            if (matter.most == policy.repeatContacts()) {
                matter.lineReached = r.line();
                matter.matter = r.matter();
            }
        }
        if (caller.caller == null && (caller.longCalls > 0 || caller.mostOffHours >= policy.repeatContacts()
                || caller.mostOnAMatter >= policy.repeatContacts())) {
            caller.caller = r.caller();   // there will be findings to write under the caller's name
        }
    }

    private Organization organization(String name) {
        if (lastOrganization != null && Objects.equals(name, lastOrganizationName)) {
            return lastOrganization;
        }
        lastOrganizationName = name;
        lastOrganization = organizations.computeIfAbsent(name == null ? "" : name,
                org -> new Organization(policies.forOrganization(org.isEmpty() ? null : org)));
        return lastOrganization;
    }

    private static int bucket(long minutes) {
        for (int i = BUCKETS.length - 1; i > 0; i--) {
            if (minutes >= BUCKETS[i]) {
                return i;
            }
        }
        return 0;
    }

    /** Forgets callers whose last call left their window before {@code now}. */
    private void expire(long now) throws IOException {
        while (!expiry.isEmpty() && expiry.peekTime() + expiry.peek().windowSeconds < now) {
            CallerWindow caller = expiry.poll();
            if (caller.closed) {
                continue;
            }
            if (caller.last + caller.windowSeconds < now) {
                forget(organization(caller.organization), caller);
            } else {
                expiry.add(caller, caller.last);   // called again since: due again from its last call
            }
        }
    }

    private void forget(Organization org, CallerWindow caller) throws IOException {
        org.callers.remove(caller.h1, caller.h2);
        caller.closed = true;
        active--;
        close(caller, org.policy);
    }

    void finish() throws IOException {
        while (!expiry.isEmpty()) {
            CallerWindow caller = expiry.poll();
            if (!caller.closed) {
                forget(organization(caller.organization), caller);
            }
        }
    }

    private void close(CallerWindow caller, Policy policy) throws IOException {
        boolean offHours = caller.mostOffHours >= policy.repeatContacts();
        if (caller.longCalls == 0 && !offHours && caller.mostOnAMatter < policy.repeatContacts()) {
            return;   // no finding (mostOnAMatter is the most on any matter): the matters need not be read
        }
        List<MatterWindow> repeated = new ArrayList<>();
        for (MatterWindow m : caller.matters()) {
            if (m.most >= policy.repeatContacts()) {
                repeated.add(m);
            }
        }
        callersWithFindings++;
        String name = names.of(caller.caller);
        findings.writeStartObject();
        findings.writeStringField("caller", name);
        findings.writeStringField("organization", caller.organization);
        findings.writeNumberField("calls", caller.calls);
        findings.writeArrayFieldStart("findings");
        if (caller.longCalls > 0) {
            findings.writeString("KH-CALL-002: " + caller.longCalls + " call(s) of " + policy.confinementMinutes()
                    + " min or more");
        }
        for (MatterWindow m : repeated) {
            findings.writeString("KH-CALL-003: " + m.most + " calls within " + policy.repeatWindowDays()
                    + " days" + (m.matter == null ? "" : " on matter " + m.matter) + ", limit "
                    + policy.repeatContacts());
        }
        if (offHours) {
            offHoursPatterns++;
            findings.writeString("KH-CALL-004: " + caller.mostOffHours + " off-hours calls within "
                    + policy.repeatWindowDays() + " days");
        }
        findings.writeEndArray();
        findings.writeEndObject();
        findings.writeRaw('\n');
        for (MatterWindow m : repeated) {
            repeatMatters++;
            String matter = m.matter;
            matters.writeStartObject();
            matters.writeStringField("caller", name);
            matters.writeStringField("matter", matter);
            matters.writeNumberField("callsInWindow", m.most);
            matters.writeNumberField("windowDays", policy.repeatWindowDays());
            matters.writeNumberField("line", m.lineReached);
            matters.writeEndObject();
            matters.writeRaw('\n');
            top.add(new AnalysisSummary.RepeatCaller(name, matter, m.most, m.lineReached));
            if (top.size() > TOP) {
                top.poll();
            }
        }
    }

    private void writeConfinement(CallRecord r, long minutes, Policy policy) throws IOException {
        confinement.writeStartObject();
        confinement.writeNumberField("line", r.line());
        confinement.writeStringField("caller", names.of(r.caller()));
        confinement.writeStringField("matter", r.matter());
        confinement.writeStringField("start", Instant.ofEpochSecond(r.startSecond()).atZone(policy.zone())
                .toOffsetDateTime().toString());
        confinement.writeNumberField("minutes", minutes);
        confinement.writeNumberField("limit", policy.confinementMinutes());
        confinement.writeEndObject();
        confinement.writeRaw('\n');
    }

    List<AnalysisSummary.LengthBucket> lengths() {
        List<AnalysisSummary.LengthBucket> out = new ArrayList<>();
        for (int i = 0; i < BUCKETS.length; i++) {
            int to = i + 1 < BUCKETS.length ? BUCKETS[i + 1] : -1;
            out.add(new AnalysisSummary.LengthBucket(to < 0 ? BUCKETS[i] + "+ min" : BUCKETS[i] + "–" + to + " min",
                    BUCKETS[i], to, lengths[i]));
        }
        return out;
    }

    List<AnalysisSummary.RepeatCaller> top() {
        List<AnalysisSummary.RepeatCaller> out = new ArrayList<>(top);
        out.sort((a, b) -> b.callsInWindow() != a.callsInWindow() ? Integer.compare(b.callsInWindow(), a.callsInWindow())
                : Long.compare(a.firstLine(), b.firstLine()));
        return out;
    }
}
