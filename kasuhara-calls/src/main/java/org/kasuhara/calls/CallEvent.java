// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.calls;

import java.time.Instant;

/**
 * One CRM call event. As JSON (one object a line): {@code {"type":"started","callId":"c-1","caller":"+81…",
 * "matter":"order-123","organization":"acme-foods","at":"2026-11-20T14:03:00+09:00"}}; a transcript chunk adds
 * {@code "seq"}, {@code "text"} and optionally {@code "language"} and {@code "speaker"} ({@code customer} or
 * {@code agent}; only the customer's words are analysed).
 *
 * @param type         what happened
 * @param callId       the CRM's id of the call
 * @param caller       who calls (e.g. the phone number): personal data, pseudonymised by the monitor at once;
 *                     required for {@code started}, optional otherwise
 * @param matter       what the call is about, or {@code null}
 * @param organization whose policy applies, or {@code null} for the defaults
 * @param at           when it happened (CRM time)
 * @param seq          a transcript chunk's sequence number (from 0); -1 for other events
 * @param text         a transcript chunk's text, else {@code null}
 * @param language     {@code ja}, {@code en} or {@code null} (detected)
 * @param agentSpeaking whether a transcript chunk is the agent's words (not analysed)
 */
public record CallEvent(CallEventType type, String callId, String caller, String matter, String organization,
                        Instant at, int seq, String text, String language, boolean agentSpeaking) {
    /**
     * Checks the fields.
     *
     * @throws IllegalArgumentException naming the field that is missing or invalid
     */
    public CallEvent {
        require(type != null, "type: missing; expected started, ended or transcript");
        require(callId != null && !callId.isBlank(), "callId: missing");
        require(at != null, "at: missing; expected a date-time with offset");
        if (type == CallEventType.STARTED) {
            require(caller != null && !caller.isBlank(), "caller: missing; a started event names the caller");
        }
        if (type == CallEventType.TRANSCRIPT) {
            require(text != null, "text: missing; a transcript event carries text");
            require(seq >= 0, "seq: missing or negative; a transcript chunk has a sequence number from 0");
        }
    }

    /**
     * A call was answered.
     *
     * @param callId       the call
     * @param caller       the caller (personal data)
     * @param matter       the matter, or {@code null}
     * @param organization the organisation, or {@code null}
     * @param at           when
     * @return the event
     */
    public static CallEvent started(String callId, String caller, String matter, String organization, Instant at) {
        return new CallEvent(CallEventType.STARTED, callId, caller, matter, organization, at, -1, null, null, false);
    }

    /**
     * A call ended.
     *
     * @param callId the call
     * @param at     when
     * @return the event
     */
    public static CallEvent ended(String callId, Instant at) {
        return new CallEvent(CallEventType.ENDED, callId, null, null, null, at, -1, null, null, false);
    }

    /**
     * A chunk of the customer's words in a running call.
     *
     * @param callId the call
     * @param seq    the chunk's sequence number, from 0
     * @param text   the words
     * @param at     when
     * @return the event
     */
    public static CallEvent transcript(String callId, int seq, String text, Instant at) {
        return new CallEvent(CallEventType.TRANSCRIPT, callId, null, null, null, at, seq, text, null, false);
    }

    /**
     * Reads one event from JSON, as {@link CallMonitor#acceptJson(String)} does, for receivers that answer the sender
     * (an HTTP endpoint's 400) instead of counting the bad event.
     *
     * @param json one JSON object, fields as in this class's description
     * @return the event
     * @throws IllegalArgumentException naming the field that is wrong (never quoting the caller or the text)
     */
    public static CallEvent parse(String json) {
        return org.kasuhara.calls.internal.CallEventJson.parse(json);
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }

    /** Never prints the caller or the transcript text (personal data). */
    @Override
    public String toString() {
        return "CallEvent[" + type + " " + callId + " at " + at + (seq >= 0 ? " seq " + seq : "") + "]";
    }
}
