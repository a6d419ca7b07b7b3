// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.catalogue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.kasuhara.json.KasuharaJson;
import org.kasuhara.json.internal.ProblemDescriber;

/** Parses a catalogue data file (YAML, or JSON as a subset of it) with the contracts' strict settings. */
final class CatalogueReader {
    /**
     * The strictness of {@link KasuharaJson#mapper()} on a YAML parser: a typo
     * in a field name, a duplicate key or a number where a text belongs must not silently change the catalogue.
     */
    private static final ObjectMapper YAML = create();

    private CatalogueReader() {
    }

    /**
     * Reads the file structure; field contents are checked later by {@link CatalogueValidator}.
     *
     * @throws CatalogueException naming the file, line and field path of a syntax or binding error
     */
    static CatalogueFile read(InputStream in, String sourceName) {
        String text;
        try {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CatalogueException(sourceName + ": cannot read: " + e.getMessage(), e);
        }
        try {
            CatalogueFile file = YAML.readValue(text, CatalogueFile.class);
            if (file == null) {
                throw new CatalogueException(sourceName + ": the file is empty");
            }
            return file;
        } catch (MismatchedInputException e) {
            if (e.getOriginalMessage().startsWith("No content")) {
                throw new CatalogueException(sourceName + ": the file is empty", e);
            }
            throw describe(sourceName, text, e);
        } catch (JsonProcessingException e) {
            throw describe(sourceName, text, e);
        }
    }

    private static CatalogueException describe(String sourceName, String text, JsonProcessingException e) {
        String[] problem = e instanceof JsonMappingException
                ? ProblemDescriber.describe(e)
                : new String[] {"", "not valid YAML: " + e.getOriginalMessage()};
        int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
        if (e instanceof UnrecognizedPropertyException unknown) {
            line = lineOfField(text, unknown.getPropertyName(), line);
        }
        return new CatalogueException(sourceName + (line > 0 ? ":" + line : "") + ": "
                + (problem[0].isEmpty() ? "" : problem[0] + ": ") + problem[1], e);
    }

    /**
     * Jackson reports an unknown field of a record at the end of its object, so look back from there for the line
     * that names the field; keep the reported line when none does (e.g. in flow style).
     */
    private static int lineOfField(String text, String field, int reported) {
        Pattern key = Pattern.compile("^\\s*(- )?['\"]?" + Pattern.quote(field) + "['\"]?\\s*:.*");
        List<String> lines = text.lines().toList();
        for (int i = Math.min(reported, lines.size()) - 1; i >= 0; i--) {
            if (key.matcher(lines.get(i)).matches()) {
                return i + 1;
            }
        }
        return reported;
    }

    private static ObjectMapper create() {
        YAMLMapper mapper = YAMLMapper.builder(YAMLFactory.builder()
                        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                        .build())
                .addModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .build();
        for (LogicalType type : new LogicalType[] {LogicalType.Textual, LogicalType.Enum, LogicalType.Collection}) {
            mapper.coercionConfigFor(type)
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        return mapper;
    }

}
