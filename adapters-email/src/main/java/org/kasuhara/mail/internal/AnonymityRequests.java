// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.mail.internal;

import java.util.regex.Pattern;

/** Recognises a request in the customer's own words to stay anonymous (「匿名希望」, "keep me anonymous"). */
public final class AnonymityRequests {
    private static final Pattern REQUEST = Pattern.compile(String.join("|",
            "匿名(を)?希望", "匿名で(お願い|願い|希望|相談|申し|投稿|連絡|送)", "匿名にして", "匿名扱い",
            "(名前|氏名|実名)(は|を)(伏せ|出さ|明か|公表し|教えな)",
            "(?i)\\b(keep me anonymous|remain anonymous|stay anonymous|anonymously|"
                    + "(do not|don't) (share|disclose|give out|reveal) my name)\\b"));

    private AnonymityRequests() {
    }

    /**
     * @param text the customer's new words (quoted history does not count)
     * @return whether they ask to stay anonymous
     */
    public static boolean requested(String text) {
        return text != null && REQUEST.matcher(text).find();
    }
}
