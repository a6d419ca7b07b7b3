// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.calls.batch.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.kasuhara.calls.CallEvent;
import org.kasuhara.calls.CallRecordEvents;
import org.kasuhara.calls.batch.CallRecord;
import org.kasuhara.calls.batch.JsonRecordMapper;

/**
 * Mapped records as the monitor's events: started at the record's start, ended at its end. The call's id is a keyed
 * digest of the caller, start and duration (a key drawn per instance), so that a record delivered twice is one call
 * (the monitor counts the second as a duplicate) and the id, which alerts and logs show, says nothing of the caller.
 */
public final class MappedCallEvents implements CallRecordEvents {
    private final JsonRecordMapper mapper;
    private final byte[] key = new byte[32];

    /** @param mapper the mapping of the platform's records */
    public MappedCallEvents(JsonRecordMapper mapper) {
        this.mapper = mapper;
        new SecureRandom().nextBytes(key);
    }

    @Override
    public List<CallEvent> events(JsonNode record) {
        CallRecord call = mapper.map(record);
        String id = "rec-" + digest(call.caller() + "\n" + call.startSecond() + "\n" + call.durationSeconds());
        Instant start = Instant.ofEpochSecond(call.startSecond());
        return List.of(CallEvent.started(id, call.caller(), call.matter(), call.organization(), start),
                CallEvent.ended(id, start.plusSeconds(call.durationSeconds())));
    }

    private String digest(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(
                    value.getBytes(StandardCharsets.UTF_8))).substring(0, 22);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java platform", e);
        }
    }
}
