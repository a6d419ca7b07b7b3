// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.model;

/** How a case or one contact reached the organisation or the counter. */
public enum Channel {
    /** A telephone call. */
    PHONE,
    /** A message left on an answering machine. */
    VOICEMAIL,
    /** An e-mail. */
    EMAIL,
    /** The counter's web reception form. */
    WEB_FORM,
    /** At the counter or in the shop. */
    IN_PERSON,
    /** A visit to the customer's home or another place outside the premises. */
    VISIT,
    /** A social-media post or direct message. */
    SNS,
    /** A letter. */
    LETTER,
    /** An online chat. */
    CHAT;

    /**
     * Whether the text of a contact on this channel is normally the customer's own written or recorded words
     * sent to the organisation or counter, rather than a conversation a member of staff transcribed or narrated.
     *
     * @return {@code true} for e-mail, web form, voicemail, letter, chat and SNS
     */
    public boolean isWrittenByCustomer() {
        return switch (this) {
            case EMAIL, WEB_FORM, VOICEMAIL, LETTER, CHAT, SNS -> true;
            case PHONE, IN_PERSON, VISIT -> false;
        };
    }
}
