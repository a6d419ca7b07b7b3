// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cases.store;

/**
 * How the counter reported a case to the person in charge at the organisation (JHA-2024: within three business
 * days), as staff record it.
 */
public enum ReportMethod {
    /** By e-mail. メール */
    EMAIL,
    /** By telephone. 電話 */
    PHONE,
    /** By letter or fax. 書面 */
    LETTER,
    /** In a meeting. 面談 */
    MEETING,
    /** Through the organisation's own system or portal. システム */
    SYSTEM,
    /** Any other way. その他 */
    OTHER
}
