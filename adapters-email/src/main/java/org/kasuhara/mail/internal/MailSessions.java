// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.mail.internal;

import jakarta.mail.Session;
import java.util.Properties;

/** Jakarta Mail sessions configured for reading mail as it really arrives: lenient addresses and parameters. */
public final class MailSessions {
    private static final Session PARSING = Session.getInstance(parsingProperties());

    private MailSessions() {
    }

    /** @return the shared session for parsing messages (no network) */
    public static Session parsing() {
        return PARSING;
    }

    /** @return the lenient MIME settings, the base of every session this adapter opens */
    public static Properties parsingProperties() {
        Properties p = new Properties();
        p.setProperty("mail.mime.address.strict", "false");
        p.setProperty("mail.mime.parameters.strict", "false");
        p.setProperty("mail.mime.decodeparameters", "true");
        p.setProperty("mail.mime.multipart.ignoremissingendboundary", "true");
        p.setProperty("mail.mime.multipart.allowempty", "true");
        // broken base64 must be noticed, flagged and kept raw, not silently shortened
        p.setProperty("mail.mime.base64.ignoreerrors", "false");
        return p;
    }
}
