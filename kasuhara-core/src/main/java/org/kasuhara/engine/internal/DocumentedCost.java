// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.engine.internal;

import java.util.List;
import java.util.Locale;
import org.kasuhara.model.Case;
import org.kasuhara.model.Contact;
import org.kasuhara.model.Demand;

/**
 * Whether a sum demanded is backed by a document the customer names (a receipt, an invoice, a medical bill): then the
 * sum is the customer's loss, even when it is larger than the price paid (a lost shirt after a ¥440 cleaning, a
 * hospital bill after a ¥648 box of biscuits). MHLW-2022 §B-2 weighs a demand against the actual damage, and a cost
 * documented to the yen is damage, not a demand beyond it. The sum must stand within {@value #NEAR} characters of a
 * document word in the case's texts; anything vaguer stays judged against the price.
 */
final class DocumentedCost {
    private static final List<String> DOCUMENTS = List.of("領収書", "領収証", "レシート", "明細", "見積書",
            "見積もり", "請求書", "診断書", "購入証明", "receipt", "invoice", "medical bill", "hospital bill",
            "vet bill", "estimate", "itemised bill", "itemized bill");

    static final int NEAR = 24;

    private DocumentedCost() {
    }

    /**
     * The loss to weigh one demand against.
     *
     * @param complaint the case
     * @param demand    one of its demands
     * @param paid      what the customer paid, 0 when unknown
     * @return the sum demanded when a document backs it and it exceeds what was paid, else what was paid
     */
    static long lossFor(Case complaint, Demand demand, long paid) {
        long amount = demand.amountOrZero();
        if (amount <= paid || paid <= 0) {
            return paid;
        }
        StringBuilder texts = new StringBuilder(demand.text() == null ? "" : demand.text());
        for (Contact contact : complaint.contacts()) {
            if (contact.text() != null) {
                texts.append('\n').append(contact.text());
            }
        }
        return documented(digitsOnly(texts.toString().toLowerCase(Locale.ROOT)), Long.toString(amount)) ? amount : paid;
    }

    /** The sum within {@value #NEAR} characters of a document word: 「医療費12,800円の領収書」, "receipt (¥6,000)". */
    private static boolean documented(String text, String sum) {
        for (int at = text.indexOf(sum); at >= 0; at = text.indexOf(sum, at + 1)) {
            int end = at + sum.length();
            boolean wholeNumber = (at == 0 || !Character.isDigit(text.charAt(at - 1)))
                    && (end == text.length() || !Character.isDigit(text.charAt(end)));
            if (wholeNumber && nearDocument(text, at, end)) {
                return true;
            }
        }
        return false;
    }

    private static boolean nearDocument(String text, int start, int end) {
        String around = text.substring(Math.max(0, start - NEAR), Math.min(text.length(), end + NEAR));
        return DOCUMENTS.stream().anyMatch(around::contains);
    }

    /** Full-width digits folded, thousands separators dropped: 12,800 / １２，８００ → 12800. */
    private static String digitsOnly(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '０' && c <= '９') {
                out.append((char) (c - '０' + '0'));
            } else if (c != ',' && c != '，') {
                out.append(c);
            }
        }
        return out.toString();
    }
}
