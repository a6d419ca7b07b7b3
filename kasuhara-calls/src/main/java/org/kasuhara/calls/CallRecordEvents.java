// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.calls;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A contact-centre platform's record of a finished call (an Amazon Connect contact record, a Twilio status callback,
 * …) as the live monitor's events: {@link CallEventType#STARTED} at its start and {@link CallEventType#ENDED} at its
 * end. Made from a record mapping by {@code org.kasuhara.calls.batch.JsonRecordMapper#asEvents()}.
 */
@FunctionalInterface
public interface CallRecordEvents {
    /**
     * @param record one record, as the platform sends it
     * @return its events, to {@link CallMonitor#accept} in order
     * @throws UnmappedRecordException naming the mapping key and the field's JSON Pointer when the record does not map
     */
    List<CallEvent> events(JsonNode record);
}
