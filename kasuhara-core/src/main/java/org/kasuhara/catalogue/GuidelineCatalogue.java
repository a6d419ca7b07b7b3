// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.kasuhara.model.ActionType;
import org.kasuhara.model.Behaviour;
import org.kasuhara.model.DemandType;

/**
 * The guideline catalogue: names, descriptions, validity classes, recommendation texts and sources, in Japanese and
 * English, read from a data file so that compliance teams can review it without reading code.
 *
 * <p>Instances are immutable and thread-safe. Every {@link Behaviour}, {@link DemandType} and {@link ActionType}
 * value is described (checked at load), so the lookups never return null.
 */
public final class GuidelineCatalogue {
    /** The classpath resource, relative to this class, that {@link #defaults()} reads. */
    static final String DEFAULT_RESOURCE = "catalogue.yaml";

    private static volatile GuidelineCatalogue defaults;

    private final Map<String, SourceInfo> sources;
    private final Map<Behaviour, BehaviourInfo> behaviours;
    private final Map<DemandType, DemandTypeInfo> demandTypes;
    private final Map<ActionType, ActionInfo> actions;

    GuidelineCatalogue(List<SourceInfo> sources, Map<Behaviour, BehaviourInfo> behaviours,
            Map<DemandType, DemandTypeInfo> demandTypes, Map<ActionType, ActionInfo> actions) {
        Map<String, SourceInfo> byKey = new LinkedHashMap<>();
        sources.forEach(source -> byKey.put(source.key(), source));
        this.sources = Collections.unmodifiableMap(byKey);
        this.behaviours = Collections.unmodifiableMap(new EnumMap<>(behaviours));
        this.demandTypes = Collections.unmodifiableMap(new EnumMap<>(demandTypes));
        this.actions = Collections.unmodifiableMap(new EnumMap<>(actions));
    }

    /**
     * The catalogue shipped with Kasuhara, read once from the classpath and cached.
     *
     * @return the default catalogue
     * @throws CatalogueException if the shipped data file is missing or invalid (a build error)
     */
    public static GuidelineCatalogue defaults() {
        GuidelineCatalogue catalogue = defaults;
        if (catalogue == null) {
            synchronized (GuidelineCatalogue.class) {
                catalogue = defaults;
                if (catalogue == null) {
                    catalogue = loadDefaults();
                    defaults = catalogue;
                }
            }
        }
        return catalogue;
    }

    private static GuidelineCatalogue loadDefaults() {
        String name = "org/kasuhara/catalogue/" + DEFAULT_RESOURCE;
        try (InputStream in = GuidelineCatalogue.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new CatalogueException(name + ": not found on the classpath");
            }
            return load(in, name);
        } catch (IOException e) {
            throw new CatalogueException(name + ": cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * Reads and validates a catalogue data file (YAML; JSON is accepted as a subset). The stream is not closed.
     *
     * @param in         the data file
     * @param sourceName the name used in error messages, e.g. the file's path
     * @return the catalogue
     * @throws CatalogueException naming the file, the entry and, for parse errors, the line, when the file is
     *                            malformed, has unknown fields, misses or repeats an enum value, has a blank text or
     *                            cites an unknown source
     * @throws NullPointerException if an argument is null
     */
    public static GuidelineCatalogue load(InputStream in, String sourceName) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(sourceName, "sourceName");
        return CatalogueValidator.validate(CatalogueReader.read(in, sourceName), sourceName);
    }

    /**
     * Describes a behaviour.
     *
     * @param behaviour the behaviour
     * @return its description, never null
     * @throws NullPointerException if {@code behaviour} is null
     */
    public BehaviourInfo behaviour(Behaviour behaviour) {
        return behaviours.get(Objects.requireNonNull(behaviour, "behaviour"));
    }

    /**
     * Describes a demand type, including its validity class.
     *
     * @param type the demand type
     * @return its description, never null
     * @throws NullPointerException if {@code type} is null
     */
    public DemandTypeInfo demandType(DemandType type) {
        return demandTypes.get(Objects.requireNonNull(type, "type"));
    }

    /**
     * The recommendation text for an action.
     *
     * @param type the action type
     * @return its text, never null
     * @throws NullPointerException if {@code type} is null
     */
    public ActionInfo action(ActionType type) {
        return actions.get(Objects.requireNonNull(type, "type"));
    }

    /**
     * Looks up the source of a citation. The key is the text before the first space, so {@code "MHLW-2022"},
     * {@code "MHLW-2022 §B-1"} and {@code "CCAJ-2025 p.3"} all work; keys are case-sensitive.
     *
     * @param citation a source key or a citation; null or blank gives an empty result
     * @return the source, or empty when the key is unknown
     */
    public Optional<SourceInfo> source(String citation) {
        return citation == null ? Optional.empty() : Optional.ofNullable(sources.get(citationKey(citation)));
    }

    /**
     * Whether a citation names a known source (see {@link #source(String)}).
     *
     * @param citation a source key or a citation; null or blank is not known
     * @return {@code true} if its key is a known source
     */
    public boolean isKnownSource(String citation) {
        return source(citation).isPresent();
    }

    /**
     * All behaviours, in enum order.
     *
     * @return an unmodifiable list
     */
    public List<BehaviourInfo> behaviours() {
        return List.copyOf(behaviours.values());
    }

    /**
     * All demand types, in enum order.
     *
     * @return an unmodifiable list
     */
    public List<DemandTypeInfo> demandTypes() {
        return List.copyOf(demandTypes.values());
    }

    /**
     * All sources, in the order of the data file.
     *
     * @return an unmodifiable list
     */
    public List<SourceInfo> sources() {
        return List.copyOf(sources.values());
    }

    /**
     * All actions, in enum order.
     *
     * @return an unmodifiable list
     */
    public List<ActionInfo> actions() {
        return List.copyOf(actions.values());
    }

    /** The key of a citation: the text before the first whitespace (ideographic space included). */
    static String citationKey(String citation) {
        String text = citation.strip();
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i)) || Character.isSpaceChar(text.charAt(i))) {
                return text.substring(0, i);
            }
        }
        return text;
    }
}
