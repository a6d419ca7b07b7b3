package org.kasuhara.calls.batch.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.kasuhara.calls.batch.AnalysisSummary;
import org.kasuhara.calls.batch.CallRecord;
import org.kasuhara.policy.Policies;
import org.kasuhara.policy.Policy;

/**
 * The sliding-window analysis of records in time order. A caller is held from their first call until their last
 * call leaves the repeat window; then their findings are written and they are forgotten, so memory follows the
 * callers active within one window, not the file. Callers are kept in order of last activity (a linked map in
 * access order), so the oldest is always at the head.
 */
final class WindowAggregator {
    /** A record earlier than one already analysed: the input is not in time order. */
    static final class OutOfOrder extends RuntimeException {
        OutOfOrder(long line) {
            super("line " + line + " is earlier than the line before it", null, false, false);
        }
    }

    static final int[] BUCKETS = {0, 5, 10, 20, 30, 45, 60, 90, 120};
    static final int TOP = 20;

    private final Policies policies;
    private final Map<String, Policy> byOrganization = new HashMap<>();
    private final Pseudonyms names;
    private final JsonGenerator findings;
    private final JsonGenerator matters;
    private final JsonGenerator confinement;
    private final LinkedHashMap<String, CallerWindow> active = new LinkedHashMap<>(1024, 0.75f, true);
    private final long[] lengths = new long[BUCKETS.length];
    private final PriorityQueue<AnalysisSummary.RepeatCaller> top = new PriorityQueue<>(
            (a, b) -> Integer.compare(a.callsInWindow(), b.callsInWindow()));
    private long watermark = Long.MIN_VALUE;
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
        if (r.startSecond() < watermark) {
            throw new OutOfOrder(r.line());
        }
        watermark = r.startSecond();
        records++;
        expire(r.startSecond());
        Policy policy = byOrganization.computeIfAbsent(r.organization() == null ? "" : r.organization(),
                org -> policies.forOrganization(org.isEmpty() ? null : org));
        String key = r.organization() == null ? r.caller() : r.organization() + '\u0000' + r.caller();
        CallerWindow caller = active.get(key);
        if (caller == null) {
            caller = new CallerWindow(r.caller(), r.organization(), policy.repeatWindowDays() * 86_400L);
            active.put(key, caller);
            peakActive = Math.max(peakActive, active.size());
        }
        caller.last = r.startSecond();
        caller.calls++;
        long minutes = r.durationSeconds() / 60;
        lengths[bucket(minutes)]++;
        if (minutes >= policy.confinementMinutes()) {
            caller.longCalls++;
            confinementCalls++;
            writeConfinement(r, minutes, policy);
        }
        long from = r.startSecond() - caller.windowSeconds;
        if (policy.isOffHours(localTime(r.startSecond(), policy))) {
            caller.offHours.dropBefore(from);
            caller.offHours.add(r.startSecond());
            caller.mostOffHours = Math.max(caller.mostOffHours, caller.offHours.size());
        }
        CallerWindow.MatterWindow matter = caller.matters.computeIfAbsent(r.matter() == null ? "" : r.matter(),
                m -> new CallerWindow.MatterWindow());
        matter.starts.dropBefore(from);
        matter.starts.add(r.startSecond());
        if (matter.starts.size() > matter.most) {
            matter.most = matter.starts.size();
            if (matter.most == policy.repeatContacts()) {
                matter.lineReached = r.line();
            }
        }
    }

    private static LocalTime localTime(long second, Policy policy) {
        int offset = policy.zone().getRules().getOffset(Instant.ofEpochSecond(second)).getTotalSeconds();
        return LocalTime.ofSecondOfDay(Math.floorMod(second + offset, 86_400L));
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
        for (Iterator<CallerWindow> it = active.values().iterator(); it.hasNext(); ) {
            CallerWindow caller = it.next();
            if (caller.last + caller.windowSeconds >= now) {
                break;   // the oldest still counts; so does every later one (windows per organisation aside)
            }
            it.remove();
            close(caller);
        }
    }

    void finish() throws IOException {
        for (CallerWindow caller : new ArrayList<>(active.values())) {
            close(caller);
        }
        active.clear();
    }

    private void close(CallerWindow caller) throws IOException {
        Policy policy = policies.forOrganization(caller.organization);
        boolean offHours = caller.mostOffHours >= policy.repeatContacts();
        List<Map.Entry<String, CallerWindow.MatterWindow>> repeated = new ArrayList<>();
        for (Map.Entry<String, CallerWindow.MatterWindow> m : caller.matters.entrySet()) {
            if (m.getValue().most >= policy.repeatContacts()) {
                repeated.add(m);
            }
        }
        if (caller.longCalls == 0 && !offHours && repeated.isEmpty()) {
            return;
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
        for (Map.Entry<String, CallerWindow.MatterWindow> m : repeated) {
            findings.writeString("KH-CALL-003: " + m.getValue().most + " calls within " + policy.repeatWindowDays()
                    + " days" + (m.getKey().isEmpty() ? "" : " on matter " + m.getKey()) + ", limit "
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
        for (Map.Entry<String, CallerWindow.MatterWindow> m : repeated) {
            repeatMatters++;
            String matter = m.getKey().isEmpty() ? null : m.getKey();
            matters.writeStartObject();
            matters.writeStringField("caller", name);
            matters.writeStringField("matter", matter);
            matters.writeNumberField("callsInWindow", m.getValue().most);
            matters.writeNumberField("windowDays", policy.repeatWindowDays());
            matters.writeNumberField("line", m.getValue().lineReached);
            matters.writeEndObject();
            matters.writeRaw('\n');
            top.add(new AnalysisSummary.RepeatCaller(name, matter, m.getValue().most, m.getValue().lineReached));
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
