// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cases.store.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.kasuhara.cases.store.CaseStoreException;

/** Database errors quote the offending value; the store's exceptions, bound for logs, never do. */
class TransactionsTest {
    @Test
    void aQuotedValueIsCutEvenWhenItSpansLinesOrIsNeverClosed() {
        String h2 = "Value too long for column \"CASE_ID CHARACTER VARYING(200)\": \"'山田花子 090-0000-1234\r\n"
                + "INFO forged log line' (240)\"; SQL statement:\ninsert into kh_case values (?, ?)";
        String cut = "Value too long for column \"X\": \"'yamada@example.com\nand more";
        String postgres = "ERROR: duplicate key value violates unique constraint \"kh_case_org_case_id\"\n"
                + "  Detail: Key (org_key, case_id)=(acme, 山田花子) already exists.";

        CaseStoreException tooLong = Transactions.failure("store the case", new SQLException(h2, "22001"));
        CaseStoreException open = Transactions.failure("store the case", new SQLException(cut, "22001"));
        CaseStoreException duplicate = Transactions.failure("store the case", new SQLException(
                postgres.replace("\n  Detail: ", " Detail: "), "23505"));

        assertThat(tooLong.getMessage()).contains("Value too long", "(SQL state 22001)")
                .doesNotContain("山田花子", "090-0000-1234", "forged", "\r", "\n");
        assertThat(tooLong.getCause()).isNull();
        assertThat(open.getMessage()).doesNotContain("yamada", "more");
        assertThat(duplicate.getMessage()).contains("(org_key, case_id)=(…)").doesNotContain("山田花子");
    }
}
