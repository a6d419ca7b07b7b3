// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON Schemas (draft 2020-12) of the v1 contracts, generated from the model and shipped in this jar, for
 * clients that check what they send or receive without Java (docs/schemas.md).
 */
public final class ContractSchemas {
    /** The class-path resource of the Case v1 schema. */
    public static final String CASE_V1 = "org/kasuhara/schema/case-v1.schema.json";
    /** The class-path resource of the Assessment v1 schema. */
    public static final String ASSESSMENT_V1 = "org/kasuhara/schema/assessment-v1.schema.json";

    private ContractSchemas() {
    }

    /**
     * The Case v1 schema.
     *
     * @return its JSON text
     * @throws UncheckedIOException when the jar cannot be read
     */
    public static String caseV1() {
        return read(CASE_V1);
    }

    /**
     * The Assessment v1 schema.
     *
     * @return its JSON text
     * @throws UncheckedIOException when the jar cannot be read
     */
    public static String assessmentV1() {
        return read(ASSESSMENT_V1);
    }

    private static String read(String resource) {
        try (InputStream in = ContractSchemas.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("missing resource " + resource));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
