// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cases.store.spi;

import java.util.OptionalLong;
import java.util.regex.Pattern;

/** Receipt numbers: {@code KH-} and the store's sequence number, zero-padded to eight digits. */
public final class ReceiptNumbers {
    private static final Pattern FORMAT = Pattern.compile("KH-(\\d{8,18})");

    private ReceiptNumbers() {
    }

    /** @param sequence the store's sequence number, 1 or more @return the receipt number */
    public static String format(long sequence) {
        return String.format("KH-%08d", sequence);
    }

    /** @param receipt a receipt number @return its sequence number, or empty when it is not one */
    public static OptionalLong parse(String receipt) {
        if (receipt == null) {
            return OptionalLong.empty();
        }
        var matcher = FORMAT.matcher(receipt.strip());
        return matcher.matches() ? OptionalLong.of(Long.parseLong(matcher.group(1))) : OptionalLong.empty();
    }
}
