// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.engine.internal;

import java.util.List;

/**
 * Who wrote a contact's text on a channel the customer normally writes on (chat, e-mail, web form): a chat logged by
 * a member of staff may be the customer's own message pasted in (「店員さんに『…』と言われました」) or a note about the
 * customer (「客が担当者に『…』と送信」, "Customer asked…, then wrote: …"). A note names the customer in the third
 * person; the customer's own message does not. On live channels (phone, counter, visit) the text is always staff's
 * narrative.
 */
final class NarrativeVoice {
    private static final List<String> JA_CUSTOMER = List.of("客が", "客は", "客に", "客から", "お客様", "お客さま",
            "顧客", "利用者が", "利用者は", "相談者", "申出人", "申し出人", "男性が", "男性は", "女性が", "女性は");
    private static final List<String> EN_CUSTOMER = List.of("customer ", "customer's", "caller ", "client ",
            "the user ", "the guest ", "the patient ", "the passenger ");

    private NarrativeVoice() {
    }

    /**
     * Whether a text written on a customer's channel by a logged member of staff is a note about the customer.
     *
     * @param text the contact's text
     * @return {@code true} when it names the customer in the third person
     */
    static boolean isStaffNote(String text) {
        if (JA_CUSTOMER.stream().anyMatch(text::contains)) {
            return true;
        }
        String lower = AsciiLower.of(text);
        return EN_CUSTOMER.stream().anyMatch(lower::contains);
    }
}
