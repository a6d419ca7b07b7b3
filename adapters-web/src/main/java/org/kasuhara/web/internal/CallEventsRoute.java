// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.web.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kasuhara.calls.CallEvent;
import org.kasuhara.calls.CallMonitor;
import org.kasuhara.calls.CallRecordEvents;
import org.kasuhara.calls.UnmappedRecordException;
import org.kasuhara.json.InputProblem;
import org.kasuhara.json.KasuharaJson;

/**
 * {@code POST /api/v1/call-events} (staff key): call events, one JSON object, an array or JSON Lines, into the live
 * call monitor; its alerts go to the sinks the host subscribed. A request is taken whole or not at all: the first
 * bad event is a 400 naming its line and field, and none of the request's events is applied, so the sender can fix
 * it and send the request again. Bounded: the security filter caps the body's bytes and the requests per client,
 * and a request holds at most {@value #MAX_EVENTS} events. Messages never quote a caller or a transcript. With a
 * platform's records ({@link WebContext#callRecords}), the body holds that platform's records of finished calls
 * instead, each becoming a started and an ended event; a record that does not map is a 400 naming the field's JSON
 * Pointer.
 */
final class CallEventsRoute {
    /** The most events one request may carry. */
    static final int MAX_EVENTS = 1_000;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CallEventsRoute() {
    }

    static void post(WebContext web, HttpServletRequest request, HttpServletResponse response, Principal principal)
            throws IOException {
        Optional<CallMonitor> monitor = web.callMonitor();
        if (monitor.isEmpty()) {
            Errors.send(request, response, 404, "call_events_disabled", "call events are not enabled on this server"
                    + " (kasuhara serve --call-monitor)");
            return;
        }
        if (principal.organisation() != null) {
            Errors.send(request, response, 403, "staff_key_required", "call events need the staff key");
            return;
        }
        List<List<CallEvent>> items = new ArrayList<>();
        try {
            read(RequestBody.text(request), web.callRecords().orElse(null), items);
        } catch (RequestBody.Unreadable e) {
            Errors.send(request, response, e.status, e.code, e.getMessage());
            return;
        } catch (BadEvent e) {
            Errors.send(request, response, e.status, e.code, e.getMessage(),
                    List.of(new InputProblem("body", e.line, e.field, e.getMessage())));
            return;
        }
        CallMonitor m = monitor.get();
        long applied = 0;
        long alerts;
        synchronized (m) {   // the counts of this request only, not of a request applied meanwhile
            long alertsBefore = m.stats().alertsRaised();
            for (List<CallEvent> item : items) {
                long before = m.stats().eventsApplied();
                item.forEach(m::accept);
                applied += m.stats().eventsApplied() > before ? 1 : 0;
            }
            alerts = m.stats().alertsRaised() - alertsBefore;
        }
        ObjectNode body = KasuharaJson.mapper().createObjectNode();
        body.put("received", items.size());
        body.put("applied", applied);
        body.put("alerts", alerts);
        response.setStatus(202);
        Json.write(response, body);
    }

    /** Reads the body's values: each one event, or with a mapping one record (its started and ended events). */
    private static void read(String text, CallRecordEvents mapping, List<List<CallEvent>> events) throws BadEvent {
        int line = 1;
        try (MappingIterator<JsonNode> values = MAPPER.readerFor(JsonNode.class).readValues(text)) {
            while (values.hasNextValue()) {
                JsonNode value = values.nextValue();
                line = values.getParser().currentTokenLocation().getLineNr();
                if (events.size() == MAX_EVENTS) {
                    throw new BadEvent(413, "too_many_events", line, "", "body: at most " + MAX_EVENTS
                            + " events a request; send the rest in another request");
                }
                if (mapping != null) {
                    try {
                        events.add(mapping.events(value));
                    } catch (UnmappedRecordException e) {
                        throw new BadEvent(400, "unmapped_record", line, e.pointer(), "line " + line + ": "
                                + e.getMessage() + " (the server's call mapping)");
                    }
                    continue;
                }
                try {
                    events.add(List.of(CallEvent.parse(MAPPER.writeValueAsString(value))));
                } catch (IllegalArgumentException e) {
                    String message = e.getMessage();
                    int colon = message.indexOf(':');
                    throw new BadEvent(400, "invalid_event", line, colon > 0 && message.indexOf(' ') > colon
                            ? message.substring(0, colon) : "", "line " + line + ": " + message);
                }
            }
        } catch (JsonProcessingException e) {
            int at = e.getLocation() == null ? line : e.getLocation().getLineNr();
            throw new BadEvent(400, "invalid_json", at, "", "line " + at + ": not valid JSON (one JSON object a line"
                    + " expected, nested too deeply or a number too long)");
        } catch (IOException e) {
            throw new BadEvent(400, "invalid_json", line, "", "body: unreadable");
        }
        if (events.isEmpty()) {
            throw new BadEvent(400, "invalid_event", 1, "", "body: no event; expected a JSON object, an array of them, or one a line");
        }
    }

    /** A request not taken: the status, the code, the line and field, a message that quotes no personal data. */
    private static final class BadEvent extends Exception {
        private static final long serialVersionUID = 1L;
        final int status;
        final String code;
        final int line;
        final String field;

        BadEvent(int status, String code, int line, String field, String message) {
            super(message, null, false, false);
            this.status = status;
            this.code = code;
            this.line = line;
            this.field = field;
        }
    }
}
