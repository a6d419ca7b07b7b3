// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.engine.internal;

import java.util.List;

/**
 * Who wrote a contact's text on a channel the customer normally writes on (chat, e-mail, web form): a chat logged by
 * a member of staff may be the customer's own message pasted in (「店員さんに『…』と言われました」) or a note about the
 * customer (「客が担当者に『…』と送信」, "Customer asked…, then wrote: …"). A note names the customer in the third
 * person; the customer's own message does not. 「男性が」 alone may be someone the customer writes about: a text that
 * also speaks in the customer's own voice outside quotations (お世話になっております, 母が) is the customer's. On live channels (phone, counter, visit) the text is always staff's
 * narrative.
 */
final class NarrativeVoice {
    private static final List<String> JA_CUSTOMER = List.of("客が", "客は", "客に", "客から", "お客様", "お客さま",
            "顧客", "利用者が", "利用者は", "相談者", "申出人", "申し出人");
    /** A man or woman named in the third person: the customer in a note, or someone the customer writes about. */
    private static final List<String> JA_SOMEONE = List.of("男性が", "男性は", "女性が", "女性は");
    /**
     * The customer writing in their own voice, outside any quotation: a letter's greeting or the writer's own family
     * (「いつも母がお世話になっております。…男性が…と言っているのを聞きました」). Not 私が, which a note uses too (私が対応した).
     */
    private static final List<String> JA_OWN_VOICE = List.of("お世話になっております", "お世話になります", "母が", "父が",
            "娘が", "息子が", "夫が", "妻が", "主人が", "家内が");
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
        if (JA_SOMEONE.stream().anyMatch(text::contains)) {
            String unquoted = withoutQuotations(text);
            if (JA_OWN_VOICE.stream().noneMatch(unquoted::contains)) {
                return true;
            }
        }
        String lower = AsciiLower.of(text);
        return EN_CUSTOMER.stream().anyMatch(lower::contains);
    }

    /** The text without what stands inside 「」 or 『』 (a note quotes the customer's own words). */
    private static String withoutQuotations(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '「' || c == '『') {
                depth++;
            } else if ((c == '」' || c == '』') && depth > 0) {
                depth--;
            } else if (depth == 0) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
