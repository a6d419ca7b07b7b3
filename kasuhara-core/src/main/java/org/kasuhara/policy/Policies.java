// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.policy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import org.kasuhara.policy.internal.PolicyFileParser;

/**
 * The policy of a rule set: defaults plus per-organisation overrides, as a compliance team writes them in
 * {@code policy.yaml}. Immutable and thread-safe.
 */
public final class Policies {
    private static final Policies DEFAULTS = new Policies(Policy.defaults(), Map.of());
    private final Policy defaults;
    private final Map<String, Policy> byOrganization;

    private Policies(Policy defaults, Map<String, Policy> byOrganization) {
        this.defaults = Objects.requireNonNull(defaults, "defaults");
        this.byOrganization = Map.copyOf(byOrganization);
    }

    /**
     * Policies with the given defaults and overrides.
     *
     * @param defaults       the policy of organisations without overrides
     * @param byOrganization the policy per organisation id
     * @return the policies
     */
    public static Policies of(Policy defaults, Map<String, Policy> byOrganization) {
        return new Policies(defaults, byOrganization);
    }

    /**
     * The defaults of CCAJ-2025 and MHLW-2022 p.9, with no overrides.
     *
     * @return the default policies
     */
    public static Policies defaults() {
        return DEFAULTS;
    }

    /**
     * Parses a policy file (YAML: {@code defaults:} and {@code organizations:}).
     *
     * @param in     the file's content; not closed
     * @param source the file name, used in errors
     * @return the policies
     * @throws PolicyException naming the file, line and key of every problem found
     */
    public static Policies parse(Reader in, String source) {
        return new PolicyFileParser(source).parse(in);
    }

    /**
     * Reads a policy file.
     *
     * @param file the file
     * @return the policies
     * @throws PolicyException naming the line and key of every problem found
     * @throws UncheckedIOException when the file cannot be read
     */
    public static Policies load(Path file) {
        try (Reader in = Files.newBufferedReader(file)) {
            return parse(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read policy file " + file, e);
        }
    }

    /**
     * The policy for one organisation.
     *
     * @param organization the organisation id, or {@code null}
     * @return its override, or the defaults
     */
    public Policy forOrganization(String organization) {
        return organization == null ? defaults : byOrganization.getOrDefault(organization, defaults);
    }

    /** @return the default policy */
    public Policy defaultPolicy() {
        return defaults;
    }

    /** @return the overrides, by organisation id */
    public Map<String, Policy> overrides() {
        return byOrganization;
    }
}
