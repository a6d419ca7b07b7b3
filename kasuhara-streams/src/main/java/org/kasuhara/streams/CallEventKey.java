// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.streams;

/** What the records of {@link StreamsTopics#callEvents()} are keyed by. */
public enum CallEventKey {
    /**
     * The caller: {@code organization + "\0" + caller}, or the caller alone for one organisation (the default). The
     * key is pseudonymised at once; a record without a key is a dead letter.
     */
    CALLER,
    /**
     * Anything else, or nothing: the call id, a CRM's own key, no key. The topology re-keys the events by caller
     * itself: the {@code caller} of a {@code started} event becomes its keyed hash before the first repartition
     * (by call id), and every event of the call follows that pseudonym through a second repartition.
     */
    CALL_ID
}
