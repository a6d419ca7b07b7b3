// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.calls;

/**
 * A record that does not map: which mapping key and which field of the record (as a JSON Pointer, RFC 6901), and
 * what is wrong, never the field's value.
 */
public final class UnmappedRecordException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String key;
    private final String pointer;

    /**
     * @param key     the mapping key ({@code caller}, {@code start}, …), empty when the record as a whole is wrong
     * @param pointer the record's field as a JSON Pointer ({@code /CustomerEndpoint/Address}), empty likewise
     * @param problem what is wrong, without the value
     */
    public UnmappedRecordException(String key, String pointer, String problem) {
        super(key.isEmpty() ? problem : key + ": " + pointer + ": " + problem);
        this.key = key;
        this.pointer = pointer;
    }

    /** @return the mapping key, empty when the record as a whole is wrong */
    public String key() {
        return key;
    }

    /** @return the record's field as a JSON Pointer, empty when the record as a whole is wrong */
    public String pointer() {
        return pointer;
    }
}
