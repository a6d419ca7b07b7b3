// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.examples.crm;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * A simulated CRM: a scripted day of a call centre, posted as call events to a webhook in time order. Before each
 * event it moves simulated time there (the {@code advance} callback), so a test decides what time it is.
 */
public final class SimulatedCrm {
    /**
     * One scripted event.
     *
     * @param at   when, in simulated time
     * @param json the event as the CRM sends it
     */
    public record Step(Instant at, String json) {
    }

    private final HttpClient client = HttpClient.newHttpClient();

    /**
     * The script: a long, abusive call; a caller phoning three days running on one order; a caller phoning late at
     * night three nights running. Callers are fictitious numbers.
     *
     * @return the steps, in time order
     */
    public static List<Step> script() {
        List<Step> steps = new ArrayList<>();
        for (int day = 18; day <= 20; day++) {
            String date = "2026-11-" + day;
            steps.add(started(date + "T09:00", "r-" + day, "+81-3-0000-0002", "order-200"));
            steps.add(ended(date + "T09:06", "r-" + day));
            steps.add(started(date + "T23:10", "n-" + day, "+81-3-0000-0003", "order-30" + day));
            steps.add(ended(date + "T23:14", "n-" + day));
        }
        steps.add(started("2026-11-20T14:00", "long-1", "+81-3-0000-0001", "order-100"));
        steps.add(transcript("2026-11-20T14:10", "long-1", 0, "商品がまだ届かないのですが。"));
        steps.add(transcript("2026-11-20T14:20", "long-1", 1, "馬鹿じゃないのか。"));
        steps.add(ended("2026-11-20T15:05", "long-1"));
        steps.sort(Comparator.comparing(Step::at));
        return List.copyOf(steps);
    }

    /**
     * Posts every step to the webhook, moving simulated time to each step first, then to {@code end}.
     *
     * @param webhook where to post
     * @param steps   the steps, in time order
     * @param end     where simulated time stops
     * @param advance moves simulated time (and lets the monitor run what is due)
     * @throws IOException          when the webhook cannot be reached
     * @throws InterruptedException when interrupted
     */
    public void run(URI webhook, List<Step> steps, Instant end, Consumer<Instant> advance)
            throws IOException, InterruptedException {
        for (Step step : steps) {
            advance.accept(step.at());
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(webhook)
                    .POST(HttpRequest.BodyPublishers.ofString(step.json() + "\n"))
                    .header("Content-Type", "application/x-ndjson").build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 202) {
                throw new IOException("webhook answered " + response.statusCode());
            }
        }
        advance.accept(end);
    }

    private static Step started(String local, String callId, String caller, String matter) {
        return step(local, "{\"type\":\"started\",\"callId\":\"" + callId + "\",\"caller\":\"" + caller
                + "\",\"matter\":\"" + matter + "\",\"at\":\"" + local + ":00+09:00\"}");
    }

    private static Step ended(String local, String callId) {
        return step(local, "{\"type\":\"ended\",\"callId\":\"" + callId + "\",\"at\":\"" + local + ":00+09:00\"}");
    }

    private static Step transcript(String local, String callId, int seq, String text) {
        return step(local, "{\"type\":\"transcript\",\"callId\":\"" + callId + "\",\"seq\":" + seq + ",\"text\":\""
                + text + "\",\"at\":\"" + local + ":00+09:00\"}");
    }

    private static Step step(String local, String json) {
        return new Step(OffsetDateTime.parse(local + ":00+09:00").toInstant(), json);
    }
}
