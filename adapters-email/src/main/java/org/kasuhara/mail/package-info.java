// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

/**
 * E-mail as a reception channel (JHA-2024): {@link org.kasuhara.mail.MailParser} reads Japanese mail into a case
 * with its evidence, {@link org.kasuhara.mail.MailIntake} stores, assesses and acknowledges one message,
 * {@link org.kasuhara.mail.MailboxWatcher} takes an IMAP inbox in restart-safely, and
 * {@link org.kasuhara.mail.MailSender} sends reports by SMTP. Settings come through
 * {@link org.kasuhara.mail.MailSettings}. Nothing here logs personal data.
 */
package org.kasuhara.mail;
