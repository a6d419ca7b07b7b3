package org.kasuhara.web.internal;

/**
 * Who is calling: an organisation (sees only its own cases) or the counter's staff ({@code organisation == null},
 * sees every organisation).
 */
record Principal(String organisation) {
    static final Principal STAFF = new Principal(null);

    boolean isStaff() {
        return organisation == null;
    }

    boolean mayRead(String caseOrganisation) {
        return isStaff() || organisation.equals(caseOrganisation);
    }
}
