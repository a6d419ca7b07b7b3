// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.policy.internal;

import com.fasterxml.jackson.core.JsonToken;

/**
 * One {@code key: value} of a policy section, kept with its line until the section is applied.
 *
 * @param key   the key
 * @param token the value's token type
 * @param text  the value as text, or {@code null} for a nested structure
 * @param line  the key's line
 */
record Setting(String key, JsonToken token, String text, int line) {
}
