// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.engine.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kasuhara.model.Case;
import org.kasuhara.model.Contact;
import org.kasuhara.model.Demand;

/**
 * Whether a sum demanded is backed by a document the customer names (a receipt, an invoice, a medical bill): then the
 * sum is the customer's loss, even when it is larger than the price paid (a lost shirt after a ¥440 cleaning, a
 * hospital bill after a ¥648 box of biscuits). MHLW-2022 §B-2 weighs a demand against the actual damage, and a cost
 * documented to the yen is damage, not a demand beyond it. The sum must stand within {@value #NEAR} characters of a
 * document word in the case's texts, or be the total of amounts listed one after another in a text that names a
 * document (「治療費32,400円と交通費6,200円の領収書」, "hotel (¥38,000), taxis (¥16,200); receipts attached"); anything
 * vaguer stays judged against the price. A documented sum is the loss also when the price is not known.
 */
final class DocumentedCost {
    private static final List<String> DOCUMENTS = List.of("領収書", "領収証", "レシート", "明細", "見積",
            "見積もり", "請求書", "診断書", "購入証明", "receipt", "invoice", "medical bill", "hospital bill",
            "vet bill", "estimate", "itemised bill", "itemized bill");

    static final int NEAR = 24;

    /** An amount of yen: ¥12800, ￥12800, 12800円, 12800 yen (after {@link #digitsOnly}). */
    private static final Pattern YEN = Pattern.compile("[¥￥]\\s?(\\d{2,9})|(\\d{2,9})\\s?(?:円|yen)");

    private DocumentedCost() {
    }

    /**
     * The loss to weigh one demand against.
     *
     * @param complaint the case
     * @param demand    one of its demands
     * @param paid      what the customer paid, 0 when unknown
     * @return the sum demanded when a document backs it and it exceeds what was paid (or what was paid is unknown),
     *         else what was paid
     */
    static long lossFor(Case complaint, Demand demand, long paid) {
        long amount = demand.amountOrZero();
        if (amount <= 0 || amount <= paid) {
            return paid;
        }
        String sum = Long.toString(amount);
        for (String text : texts(complaint, demand)) {
            // most texts name no receipt: nothing to lower-case, fold or search. And within one text only: a receipt
            // named in another message does not document this sum
            if (DOCUMENTS.stream().anyMatch(document -> AsciiLower.contains(text, document))) {
                String folded = digitsOnly(AsciiLower.of(text));
                if (documented(folded, sum) || itemisedTotal(folded, amount)) {
                    return amount;
                }
            }
        }
        return paid;
    }

    private static List<String> texts(Case complaint, Demand demand) {
        List<String> texts = new ArrayList<>(complaint.contacts().size() + 1);
        if (demand.text() != null) {
            texts.add(demand.text());
        }
        for (Contact contact : complaint.contacts()) {
            if (contact.text() != null) {
                texts.add(contact.text());
            }
        }
        return texts;
    }

    private static boolean namesDocument(String lowerCased) {
        for (String document : DOCUMENTS) {
            if (lowerCased.contains(document)) {
                return true;
            }
        }
        return false;
    }

    /** Whether amounts written one after another in {@code text} add up to {@code amount}. */
    static boolean itemisedTotal(String text, long amount) {
        List<Long> amounts = new ArrayList<>();
        Matcher m = YEN.matcher(text);
        while (m.find()) {
            amounts.add(Long.parseLong(m.group(1) != null ? m.group(1) : m.group(2)));
        }
        for (int from = 0; from < amounts.size(); from++) {
            long sum = 0;
            for (int to = from; to < amounts.size() && sum < amount; to++) {
                sum += amounts.get(to);
                if (sum == amount && to > from) {
                    return true;
                }
            }
        }
        return false;
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
        return namesDocument(text.substring(Math.max(0, start - NEAR), Math.min(text.length(), end + NEAR)));
    }

    /** Full-width digits folded, separators dropped, kanji numerals read: 12,800 / １２，８００ / 一万二千八百 → 12800. */
    private static String digitsOnly(String text) {
        return KanjiNumerals.fold(foldDigits(text));
    }

    private static String foldDigits(String text) {
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
