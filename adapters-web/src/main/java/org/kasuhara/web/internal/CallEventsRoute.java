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
import org.kasuhara.calls.MonitorStats;
import org.kasuhara.json.InputProblem;
import org.kasuhara.json.KasuharaJson;

/**
 * {@code POST /api/v1/call-events} (staff key): call events, one JSON object, an array or JSON Lines, into the live
 * call monitor; its alerts go to the sinks the host subscribed. A request is taken whole or not at all: the first
 * bad event is a 400 naming its line and field, and none of the request's events is applied, so the sender can fix
 * it and send the request again. Bounded: the security filter caps the body's bytes and the requests per client,
 * and a request holds at most {@value #MAX_EVENTS} events. Messages never quote a caller or a transcript.
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
        List<CallEvent> events = new ArrayList<>();
        try {
            read(RequestBody.text(request), events);
        } catch (RequestBody.Unreadable e) {
            Errors.send(request, response, e.status, e.code, e.getMessage());
            return;
        } catch (BadEvent e) {
            Errors.send(request, response, e.status, e.code, e.getMessage(),
                    List.of(new InputProblem("body", e.line, e.field, e.getMessage())));
            return;
        }
        CallMonitor m = monitor.get();
        MonitorStats before;
        MonitorStats after;
        synchronized (m) {   // the counts of this request only, not of a request applied meanwhile
            before = m.stats();
            events.forEach(m::accept);
            after = m.stats();
        }
        ObjectNode body = KasuharaJson.mapper().createObjectNode();
        body.put("received", events.size());
        body.put("applied", after.eventsApplied() - before.eventsApplied());
        body.put("alerts", after.alertsRaised() - before.alertsRaised());
        response.setStatus(202);
        Json.write(response, body);
    }

    private static void read(String text, List<CallEvent> events) throws BadEvent {
        int line = 1;
        try (MappingIterator<JsonNode> values = MAPPER.readerFor(JsonNode.class).readValues(text)) {
            while (values.hasNextValue()) {
                JsonNode value = values.nextValue();
                line = values.getParser().currentTokenLocation().getLineNr();
                if (events.size() == MAX_EVENTS) {
                    throw new BadEvent(413, "too_many_events", line, "", "body: at most " + MAX_EVENTS
                            + " events a request; send the rest in another request");
                }
                try {
                    events.add(CallEvent.parse(MAPPER.writeValueAsString(value)));
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
