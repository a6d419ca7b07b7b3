// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.model;

/**
 * What the organisation should do next. Types that restrict the customer always need a person to confirm them
 * (TOKYO-2025-MANUAL p.39): automatic steps may warn, never restrict.
 */
public enum ActionType {
    /** Answer the complaint on its merits. */
    RESPOND_TO_COMPLAINT(false),
    /** Apologise for the specific fact only, establish the facts, hand over to the organisation. */
    ESTABLISH_FACTS(false),
    /** Have a supervisor or the organisation review the case. */
    REVIEW_BY_SUPERVISOR(false),
    /** Record every contact and keep the evidence. */
    RECORD_AND_PRESERVE_EVIDENCE(false),
    /** Ask the customer to stop the conduct. */
    ASK_TO_STOP(false),
    /** Announce how much time can be given. */
    ANNOUNCE_TIME_LIMIT(false),
    /** Deal with the customer through one point of contact. */
    SINGLE_POINT_OF_CONTACT(false),
    /** Keep distance and have several staff present. */
    SEVERAL_STAFF_PRESENT(false),
    /** Consult a lawyer. */
    CONSULT_LAWYER(false),
    /** Request deletion of posts and consider legal steps. */
    REQUEST_DELETION(false),
    /** Decline the excessive demand firmly and politely. */
    DECLINE_DEMAND(true),
    /** End the call or ask the customer to leave, after a warning. */
    END_CONTACT_AFTER_WARNING(true),
    /** Refuse further contact on the matter. */
    REFUSE_FURTHER_CONTACT(true),
    /** Report to the police (110). */
    REPORT_TO_POLICE(true),
    /** Do not accept the message; keep it as evidence and tell the sender why. */
    NOT_ACCEPTED_NOTICE(true);

    private final boolean restrictsCustomer;

    ActionType(boolean restrictsCustomer) {
        this.restrictsCustomer = restrictsCustomer;
    }

    /**
     * Whether the action restricts the customer, and so always needs a person's confirmation.
     *
     * @return {@code true} for restricting actions
     */
    public boolean restrictsCustomer() {
        return restrictsCustomer;
    }
}
