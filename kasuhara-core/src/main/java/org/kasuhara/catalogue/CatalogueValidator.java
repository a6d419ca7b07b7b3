// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.catalogue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.kasuhara.catalogue.CatalogueFile.RawAction;
import org.kasuhara.catalogue.CatalogueFile.RawBehaviour;
import org.kasuhara.catalogue.CatalogueFile.RawDemandType;
import org.kasuhara.catalogue.CatalogueFile.RawSource;
import org.kasuhara.model.ActionType;
import org.kasuhara.model.Behaviour;
import org.kasuhara.model.DemandType;

/**
 * Checks a parsed data file and builds the catalogue. Entries are named by their key ({@code behaviours[SEXUAL]}),
 * or by their position when the key itself is missing, so that an editor finds the offending entry at once.
 */
final class CatalogueValidator {
    private final String file;
    private final Map<String, SourceInfo> sources = new LinkedHashMap<>();

    private CatalogueValidator(String file) {
        this.file = file;
    }

    /**
     * Validates everything and builds the catalogue.
     *
     * @throws CatalogueException naming the file and the entry at the first problem found
     */
    static GuidelineCatalogue validate(CatalogueFile data, String file) {
        CatalogueValidator validator = new CatalogueValidator(file);
        validator.readSources(data.sources());
        Map<Behaviour, BehaviourInfo> behaviours = validator.section("behaviours", "behaviour", data.behaviours(),
                Behaviour.class, RawBehaviour::behaviour, validator::behaviour);
        Map<DemandType, DemandTypeInfo> demandTypes = validator.section("demandTypes", "type", data.demandTypes(),
                DemandType.class, RawDemandType::type, validator::demandType);
        Map<ActionType, ActionInfo> actions = validator.section("actions", "type", data.actions(),
                ActionType.class, RawAction::type, validator::action);
        return new GuidelineCatalogue(List.copyOf(validator.sources.values()), behaviours, demandTypes, actions);
    }

    private void readSources(List<RawSource> raws) {
        if (raws == null || raws.isEmpty()) {
            throw fail("sources", "missing or empty section");
        }
        for (int i = 0; i < raws.size(); i++) {
            RawSource raw = raws.get(i);
            String key = text("sources[" + i + "]", "key", raw == null ? null : raw.key());
            String entry = "sources[" + key + "]";
            if (!key.equals(GuidelineCatalogue.citationKey(key))) {
                throw fail(entry + ".key", "must not contain spaces, because citations are \"KEY detail\"");
            }
            if (sources.containsKey(key)) {
                throw fail(entry, "the key is defined twice");
            }
            String url = raw.url();
            if (url != null && !url.startsWith("https://") && !url.startsWith("http://")) {
                throw fail(entry + ".url", "expected an http(s) address or null, was \"" + url + "\"");
            }
            sources.put(key, new SourceInfo(key, text(entry, "titleJa", raw.titleJa()),
                    text(entry, "titleEn", raw.titleEn()), text(entry, "publisher", raw.publisher()),
                    raw.published(), url, text(entry, "descriptionJa", raw.descriptionJa()),
                    text(entry, "descriptionEn", raw.descriptionEn())));
        }
    }

    private <E extends Enum<E>, R, I> Map<E, I> section(String name, String keyField, List<R> raws, Class<E> type,
            Function<R, E> key, BiFunction<R, String, I> build) {
        if (raws == null) {
            throw fail(name, "missing section");
        }
        Map<E, I> result = new EnumMap<>(type);
        for (int i = 0; i < raws.size(); i++) {
            R raw = raws.get(i);
            E value = raw == null ? null : key.apply(raw);
            if (value == null) {
                throw fail(name + "[" + i + "]." + keyField, "missing");
            }
            String entry = name + "[" + value.name() + "]";
            if (result.containsKey(value)) {
                throw fail(entry, "described twice (the second time at position " + i + ")");
            }
            result.put(value, build.apply(raw, entry));
        }
        Set<E> missing = EnumSet.allOf(type);
        missing.removeAll(result.keySet());
        if (!missing.isEmpty()) {
            throw fail(name, "no entry for " + missing + "; every value must be described");
        }
        return result;
    }

    private BehaviourInfo behaviour(RawBehaviour raw, String entry) {
        return new BehaviourInfo(raw.behaviour(), text(entry, "nameJa", raw.nameJa()),
                text(entry, "nameEn", raw.nameEn()), text(entry, "descriptionJa", raw.descriptionJa()),
                text(entry, "descriptionEn", raw.descriptionEn()), citation(entry, raw.source()),
                examples(entry, "examplesJa", raw.examplesJa()), examples(entry, "examplesEn", raw.examplesEn()));
    }

    private DemandTypeInfo demandType(RawDemandType raw, String entry) {
        if (raw.validity() == null) {
            throw fail(entry + ".validity", "missing; expected one of " + List.of(DemandValidity.values()));
        }
        return new DemandTypeInfo(raw.type(), raw.validity(), text(entry, "nameJa", raw.nameJa()),
                text(entry, "nameEn", raw.nameEn()), text(entry, "noteJa", raw.noteJa()),
                text(entry, "noteEn", raw.noteEn()), citation(entry, raw.source()), Boolean.TRUE.equals(raw.gain()));
    }

    private ActionInfo action(RawAction raw, String entry) {
        return new ActionInfo(raw.type(), text(entry, "textJa", raw.textJa()), text(entry, "textEn", raw.textEn()),
                citation(entry, raw.source()));
    }

    private String text(String entry, String field, String value) {
        if (value == null || value.isBlank()) {
            throw fail(entry + "." + field, value == null ? "missing" : "must not be blank");
        }
        return value.strip();
    }

    private String citation(String entry, String value) {
        String citation = text(entry, "source", value);
        String key = GuidelineCatalogue.citationKey(citation);
        if (!sources.containsKey(key)) {
            throw fail(entry + ".source", "unknown source key \"" + key + "\" in \"" + citation
                    + "\"; known keys are " + sources.keySet());
        }
        return citation;
    }

    private List<String> examples(String entry, String field, List<String> values) {
        if (values == null || values.isEmpty()) {
            throw fail(entry + "." + field, "give at least one example");
        }
        List<String> result = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            result.add(text(entry, field + "[" + i + "]", values.get(i)));
        }
        return result;
    }

    private CatalogueException fail(String where, String message) {
        return new CatalogueException(file + ": " + where + ": " + message);
    }
}
