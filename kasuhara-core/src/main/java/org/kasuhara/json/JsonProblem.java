// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.kasuhara.json.internal.ProblemDescriber;

/**
 * What is wrong with a JSON or YAML document bound to Kasuhara's types, as a field path and a plain message, the
 * way {@link CaseReader} reports it: for a module that reads its own documents (scenarios, say) with the same words.
 * Values are never echoed except enum codes, since any other value may be personal data.
 *
 * @param path    the field path ({@code contacts[2].end}), empty when the document itself is malformed
 * @param message what is wrong and what was expected
 */
public record JsonProblem(String path, String message) {
    /**
     * @param error what Jackson threw while reading or binding
     * @return the problem
     */
    public static JsonProblem of(JsonProcessingException error) {
        String[] described = ProblemDescriber.describe(error);
        return new JsonProblem(described[0], described[1]);
    }
}
