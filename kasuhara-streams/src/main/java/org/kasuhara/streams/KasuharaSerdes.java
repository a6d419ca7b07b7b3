// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.streams;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.kasuhara.calls.CallAlert;
import org.kasuhara.json.CaseReader;
import org.kasuhara.json.InvalidCaseException;
import org.kasuhara.json.KasuharaJson;
import org.kasuhara.model.Assessment;
import org.kasuhara.model.Case;

/**
 * Serdes for the records on Kasuhara's topics, as UTF-8 JSON: Case v1 (read strictly, as the engine reads it),
 * Assessment v1 and call alerts. For hosts that produce cases or consume assessments and alerts with Kafka; the
 * topology itself reads strings so that a bad record becomes a dead letter with its reason.
 */
public final class KasuharaSerdes {
    private KasuharaSerdes() {
    }

    /**
     * @return the serde of Case v1; reading fails with a {@link SerializationException} naming the field
     */
    public static Serde<Case> caseV1() {
        CaseReader reader = new CaseReader();
        return Serdes.serdeFrom((topic, value) -> value == null ? null : bytes(value),
                (topic, bytes) -> {
                    if (bytes == null) {
                        return null;
                    }
                    try {
                        return reader.readOne(new String(bytes, StandardCharsets.UTF_8));
                    } catch (InvalidCaseException e) {
                        throw new SerializationException("invalid case: " + e.getMessage());
                    }
                });
    }

    /** @return the serde of Assessment v1 */
    public static Serde<Assessment> assessmentV1() {
        return json(Assessment.class);
    }

    /** @return the serde of call alerts (as the {@code call-alerts} topic and the webhook carry them) */
    public static Serde<CallAlert> callAlert() {
        return json(CallAlert.class);
    }

    private static <T> Serde<T> json(Class<T> type) {
        return Serdes.serdeFrom((topic, value) -> value == null ? null : bytes(value),
                (topic, bytes) -> {
                    if (bytes == null) {
                        return null;
                    }
                    try {
                        return KasuharaJson.mapper().readValue(bytes, type);
                    } catch (IOException e) {
                        throw new SerializationException("not a " + type.getSimpleName() + " (v1 JSON)");
                    }
                });
    }

    private static byte[] bytes(Object value) {
        return KasuharaJson.toJson(value).getBytes(StandardCharsets.UTF_8);
    }
}
