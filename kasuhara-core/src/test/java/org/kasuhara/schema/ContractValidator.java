// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.List;
import org.kasuhara.json.ContractSchemas;

/** The shipped schemas, loaded by an independent validator with format assertions on. */
final class ContractValidator {
    static final ContractValidator CASE = new ContractValidator(ContractSchemas.caseV1());
    static final ContractValidator ASSESSMENT = new ContractValidator(ContractSchemas.assessmentV1());

    private final JsonSchema schema;

    private ContractValidator(String schemaText) {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true)
                .pathType(PathType.JSON_PATH).build();
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaText, config);
    }

    /** @return one line per problem, each starting with the JSON path of the offending field; empty when valid */
    List<String> problems(JsonNode document) {
        return schema.validate(document).stream().map(ValidationMessage::getMessage).sorted().toList();
    }
}
