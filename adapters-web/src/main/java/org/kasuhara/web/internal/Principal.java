// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.web.internal;

/**
 * Who is calling: an organisation (sees only its own cases) or the counter's staff ({@code organisation == null},
 * sees every organisation and may act on cases). The handle is what the audit log records as the actor: the one a
 * staff member gives at login, or the key's kind for API calls. Handles go to the store's audit log, never to the
 * application's log.
 *
 * @param organisation the organisation whose key it is, or {@code null} for the counter's staff
 * @param handle       who acts, for the audit log
 */
record Principal(String organisation, String handle) {
    /** The longest handle a staff member may give. */
    static final int MAX_HANDLE = 40;
    static final Principal STAFF = new Principal(null, "staff-key");

    static Principal organisation(String id) {
        return new Principal(id, "api:" + id);
    }

    boolean isStaff() {
        return organisation == null;
    }

    boolean mayRead(String caseOrganisation) {
        return isStaff() || organisation.equals(caseOrganisation);
    }

    /** @return this principal acting under the handle given at login */
    Principal as(String givenHandle) {
        return new Principal(organisation, givenHandle);
    }

    /**
     * @param value a handle typed at login
     * @return the handle, stripped, or {@code null} when it is blank, too long or holds control characters
     */
    static String checkHandle(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String handle = value.strip();
        boolean printable = handle.codePoints().noneMatch(c -> Character.isISOControl(c)
                || Character.getType(c) == Character.FORMAT);
        return printable && handle.codePointCount(0, handle.length()) <= MAX_HANDLE ? handle : null;
    }
}
